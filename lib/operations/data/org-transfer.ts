import "server-only";
// Moving an organization between servers (admin CLI export-org / import-org, and the
// owner's download in Settings): one versioned JSON document with the organization's
// settings, the accounts of its members (never password hashes) and the rows of every
// transferred table (org-transfer-tables.ts). An import creates the organization under a
// new id (and slug, if asked), links accounts by e-mail (creating password-less ones, which
// set a password through "forgot password"), and inserts everything in one transaction:
// a refused import leaves nothing behind. Rows inside the organization keep their ids,
// since every tenant key starts with org_id.
import { and, asc, eq, getTableColumns, inArray, isNotNull } from "drizzle-orm";
import { members, organizations, users } from "@/db/schema";
import { accountColumns } from "@/lib/auth/data/account";
import { inPages, after as keysetAfter, PAGE_ROWS, primaryKeyOf } from "@/lib/data/pages";
import { inOrg, inOrgSnapshot, lookup, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { type Write, writeJsonList, writtenText } from "../spooled-download";
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

/**
 * Writes the organization's transfer document through `write`, reading each table a page of
 * rows at a time in one snapshot (so the rows agree with each other, and memory holds a
 * page). Returns how many rows each table had.
 */
export async function writeOrganizationData(
  orgSlug: string,
  write: Write,
  { now = new Date(), pageRows = PAGE_ROWS }: { now?: Date; pageRows?: number } = {},
): Promise<Record<string, number>> {
  // By slug through its narrow lookup: a global read finds nothing under row-level security.
  const [org] = await lookup({ orgSlug }, (tx) =>
    tx.select().from(organizations).where(eq(organizations.slug, orgSlug)),
  );
  if (!org) throw new NotFoundError(`organization "${orgSlug}"`);
  return inOrgSnapshot({ org }, async (tx) => {
    const organization: Row = { ...org };
    for (const column of ORG_SERVER_COLUMNS) delete organization[column];
    const memberUsers = await tx
      .selectDistinct({ userId: members.userId })
      .from(members)
      .where(and(eq(members.orgId, org.id), isNotNull(members.userId)));
    const userIds = memberUsers.map((m) => m.userId as string);
    const accounts = userIds.length
      ? await tx.select(accountColumns).from(users).where(inArray(users.id, userIds))
      : [];
    await write(
      `{\n"format": ${JSON.stringify(ORG_EXPORT_FORMAT)},\n"version": ${ORG_EXPORT_VERSION},\n` +
        `"exportedAt": ${JSON.stringify(now.toISOString())},\n` +
        `"organization": ${JSON.stringify({ slug: org.slug, ...organization })},\n` +
        `"accounts": ${JSON.stringify(accounts)},\n"tables": {`,
    );
    const counts: Record<string, number> = {};
    for (const [i, spec] of TRANSFERRED.entries()) {
      const key = primaryKeyOf(spec.table);
      const orgId = orgIdColumn(spec.table);
      const pages = inPages<Row>(
        (last, limit) =>
          tx
            .select()
            .from(spec.table)
            .where(
              and(
                eq(orgId, org.id),
                last
                  ? keysetAfter(
                      key.map(([, c]) => c),
                      key.map(([p]) => last[p]),
                    )
                  : undefined,
              ),
            )
            .orderBy(...key.map(([, c]) => asc(c)))
            .limit(limit) as Promise<Row[]>,
        pageRows,
      );
      await write(`${i === 0 ? "" : ","}\n${JSON.stringify(spec.key)}: `);
      counts[spec.key] = await writeJsonList(write, pages, (row) => {
        const { orgId: _org, ...rest } = row;
        for (const column of spec.omit ?? []) delete rest[column];
        return rest;
      });
    }
    await write("\n}\n}\n");
    return counts;
  });
}

/** The document as an object (the tests; the import reads the same JSON). */
export async function exportOrganizationData(orgSlug: string, now = new Date()): Promise<OrgExport> {
  return JSON.parse(
    await writtenText((write) => writeOrganizationData(orgSlug, write, { now }).then(() => {})),
  );
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
