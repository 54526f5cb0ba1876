import "server-only";
// Moving an organization between servers (admin CLI export-org / import-org, and the
// owner's download in Settings): one versioned JSON document with the organization's
// settings, the accounts of its members (never password hashes) and the rows of every
// transferred table (org-transfer-tables.ts). An import creates the organization under a
// new id (and slug, if asked), links accounts by e-mail (creating password-less ones, which
// set a password through "forgot password"), and inserts everything in one transaction:
// a refused import leaves nothing behind. Rows inside the organization keep their ids,
// since every tenant key starts with org_id.
import { eq, getTableColumns, inArray } from "drizzle-orm";
import { organizations, users } from "@/db/schema";
import { accountColumns } from "@/lib/auth/data/account";
import { inOrg, lookup, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { TRANSFERRED } from "./org-transfer-tables";

export const ORG_EXPORT_FORMAT = "funnelmeter.organization";
export const ORG_EXPORT_VERSION = 1;

type Row = Record<string, unknown>;

export interface OrgExport {
  format: typeof ORG_EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  organization: Row;
  accounts: Array<{
    id: string;
    email: string;
    name: string;
    locale: string | null;
    weeklyReminders: boolean;
  }>;
  tables: Record<string, Row[]>;
}

/** Organization columns that belong to this server, not to the organization's data. */
const ORG_SERVER_COLUMNS = ["id", "slug", "createdAt"] as const;

function orgIdColumn(table: (typeof TRANSFERRED)[number]["table"]) {
  const column = (getTableColumns(table) as Record<string, unknown>).orgId;
  if (!column) throw new Error("a transferred table without org_id");
  return column as Parameters<typeof eq>[0];
}

export async function exportOrganizationData(orgSlug: string, now = new Date()): Promise<OrgExport> {
  // By slug through its narrow lookup: a global read finds nothing under row-level security.
  const [org] = await lookup({ orgSlug }, (tx) =>
    tx.select().from(organizations).where(eq(organizations.slug, orgSlug)),
  );
  if (!org) throw new NotFoundError(`organization "${orgSlug}"`);
  return inOrg({ org }, async (tx) => {
    const tables: Record<string, Row[]> = {};
    for (const spec of TRANSFERRED) {
      const rows = (await tx
        .select()
        .from(spec.table)
        .where(eq(orgIdColumn(spec.table), org.id))) as Row[];
      tables[spec.key] = rows.map((row) => {
        const { orgId: _org, ...rest } = row;
        for (const column of spec.omit ?? []) delete rest[column];
        return rest;
      });
    }
    const userIds = [...new Set((tables.members ?? []).map((m) => m.userId).filter(Boolean))] as string[];
    const accounts = userIds.length
      ? await tx.select(accountColumns).from(users).where(inArray(users.id, userIds))
      : [];
    const organization: Row = { ...org };
    for (const column of ORG_SERVER_COLUMNS) delete organization[column];
    return {
      format: ORG_EXPORT_FORMAT,
      version: ORG_EXPORT_VERSION,
      exportedAt: now.toISOString(),
      organization: { slug: org.slug, ...organization },
      accounts,
      tables,
    };
  });
}

function refuse(reason: string): never {
  throw new ValidationError({ file: { key: "importInvalid", values: { reason } } });
}

/** Checks the envelope; the rows themselves are checked by the database's constraints. */
export function readOrgExport(value: unknown): OrgExport {
  if (typeof value !== "object" || value === null) refuse("not a JSON object");
  const doc = value as Partial<OrgExport>;
  if (doc.format !== ORG_EXPORT_FORMAT) refuse(`format is not ${ORG_EXPORT_FORMAT}`);
  if (doc.version !== ORG_EXPORT_VERSION) refuse(`version ${String(doc.version)} is not supported`);
  if (typeof doc.organization !== "object" || doc.organization === null) refuse("organization is missing");
  if (!Array.isArray(doc.accounts)) refuse("accounts is missing");
  if (typeof doc.tables !== "object" || doc.tables === null) refuse("tables is missing");
  const known = new Set(TRANSFERRED.map((t) => t.key));
  for (const [key, rows] of Object.entries(doc.tables)) {
    if (!known.has(key)) refuse(`unknown table "${key}"`);
    if (!Array.isArray(rows)) refuse(`table "${key}" is not a list`);
  }
  return doc as OrgExport;
}

/** JSON has no dates: timestamp columns come back as Date objects. */
function reviveRow(table: (typeof TRANSFERRED)[number]["table"], row: Row): Row {
  const columns = getTableColumns(table) as Record<string, { columnType: string }>;
  const revived: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (!(key in columns)) refuse(`unknown column "${key}"`);
    revived[key] =
      columns[key]!.columnType === "PgTimestamp" && typeof value === "string" ? new Date(value) : value;
  }
  return revived;
}

/** Accounts by e-mail: an existing one is linked, a missing one created without a password. */
async function mapAccounts(tx: Tx, accounts: OrgExport["accounts"]): Promise<Map<string, string>> {
  const mapping = new Map<string, string>();
  for (const account of accounts) {
    const email = String(account.email).trim().toLowerCase();
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    const id =
      existing?.id ??
      (
        await tx
          .insert(users)
          .values({
            email,
            name: account.name,
            locale: account.locale === "nl" || account.locale === "en" ? account.locale : null,
            weeklyReminders: account.weeklyReminders !== false,
          })
          .returning({ id: users.id })
      )[0]!.id;
    mapping.set(account.id, id);
  }
  return mapping;
}

const INSERT_CHUNK = 500;

export async function importOrganizationData(
  doc: OrgExport,
  options: { slug?: string } = {},
): Promise<{ orgId: string; slug: string; rows: Record<string, number> }> {
  const slug = options.slug ?? String(doc.organization.slug);
  const [taken] = await lookup({ orgSlug: slug }, (tx) =>
    tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug)),
  );
  if (taken) throw new ConflictError({ key: "importSlugTaken", values: { slug } });
  const { slug: _exportedSlug, ...settings } = doc.organization;
  const orgId = crypto.randomUUID();
  return inOrg({ org: { id: orgId } }, async (tx) => {
    await tx
      .insert(organizations)
      .values({ ...(settings as typeof organizations.$inferInsert), id: orgId, slug });
    const accounts = await mapAccounts(tx, doc.accounts);
    const counts: Record<string, number> = {};
    for (const spec of TRANSFERRED) {
      const rows = (doc.tables[spec.key] ?? []).map((row) => {
        const revived = reviveRow(spec.table, row);
        for (const column of spec.omit ?? []) delete revived[column];
        for (const column of spec.userColumns ?? []) {
          const old = revived[column];
          // Someone who is no member (an old actor) has no account here: the row stays, unnamed.
          if (typeof old === "string") revived[column] = accounts.get(old) ?? null;
        }
        return { ...revived, orgId };
      });
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await tx.insert(spec.table).values(rows.slice(i, i + INSERT_CHUNK));
      }
      counts[spec.key] = rows.length;
    }
    return { orgId, slug, rows: counts };
  });
}
