import "server-only";
// Importing a spreadsheet of weeks: the dry run reads what exists and plans; the import
// plans again inside one transaction and writes every row through upsertWeek, so the
// rules are the form's and the result is all or nothing. Both go through the file a chunk
// of rows at a time and read only the stored weeks each chunk names, so a file of 150,000
// rows never sits in memory as rows (docs/SCALING.md).
import { and, asc, eq, sql } from "drizzle-orm";
import { memberPay, members, metrics, organizations, weeklyEntries } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inPages, after as keysetAfter, PAGE_ROWS, type RowOf } from "@/lib/data/pages";
import { inOrg, inOrgSnapshot, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { csvColumnNames } from "@/lib/entries/csv-headers";
import { csvLanguages } from "@/lib/entries/csv-languages";
import {
  type ExistingWeek,
  IMPORT_CHUNK_ROWS,
  type ImportPlan,
  type ImportRules,
  planInChunks,
  type StoredWeekKey,
  weekKey,
} from "@/lib/entries/import-plan";
import { ValidationError } from "@/lib/errors";
import type { MetricDefinition } from "@/lib/kpi/types";
import { type Write, writeJsonList, writtenText } from "@/lib/operations/spooled-download";
import type { OrgSettings } from "@/lib/settings/data/org-settings";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import { funnelRows, metricDefinition } from "./funnel";
import { readFunnel, upsertWeekInTx } from "./weeks";

export interface ImportRequest {
  csv: string;
  createMissingMembers: boolean;
  confirmedLargeValues: boolean;
  /** The current ISO week in the organization's time zone: later weeks are refused. */
  latestWeek: string;
  /** Its Monday. */
  latestWeekStart: string;
}

/** The funnel, the header names and the members, read once per transaction. */
async function importRules(tx: Tx, ctx: OrgContext, request: ImportRequest) {
  const funnel = await readFunnel(tx, ctx);
  const ownNames = await tx
    .select({ key: metrics.key, label: metrics.label })
    .from(metrics)
    .where(eq(metrics.orgId, ctx.org.id));
  const people = await tx
    .select({ id: members.id, email: members.email })
    .from(members)
    .where(eq(members.orgId, ctx.org.id));
  const rules: ImportRules = {
    metrics: funnel,
    columnNames: csvColumnNames(ownNames, csvLanguages()),
    memberIds: new Map(people.map((p) => [p.email, p.id])),
    latestWeek: request.latestWeek,
    createMissingMembers: request.createMissingMembers,
    confirmedLargeValues: request.confirmedLargeValues,
  };
  return { rules, funnel };
}

// Member ids come from the database and week starts from the week parser (YYYY-MM-DD), so
// neither can hold the braces, commas or quotes an array literal would need escaped.
const arrayLiteral = (values: readonly string[]) => `{${values.join(",")}}`;

/** Only the stored weeks a chunk names, by the primary key: never a member's whole history. */
function storedWeeksReader(tx: Tx, ctx: OrgContext) {
  return async (named: StoredWeekKey[]): Promise<ReadonlyMap<string, ExistingWeek>> => {
    if (named.length === 0) return new Map();
    const ids = arrayLiteral(named.map((n) => n.memberId));
    const weeks = arrayLiteral(named.map((n) => n.weekStart));
    const stored = await tx
      .select({
        memberId: weeklyEntries.memberId,
        weekStart: weeklyEntries.weekStart,
        values: weeklyEntries.values,
        notWorked: weeklyEntries.notWorked,
      })
      .from(weeklyEntries)
      .where(
        and(
          eq(weeklyEntries.orgId, ctx.org.id),
          sql`(${weeklyEntries.memberId}, ${weeklyEntries.weekStart}) in (select * from unnest(${ids}::uuid[], ${weeks}::date[]))`,
        ),
      );
    return new Map(stored.map((w) => [weekKey(w.memberId, w.weekStart), w]));
  };
}

/** The dry run: what would be created, updated or refused, and nothing written. */
export async function previewImport(
  ctx: OrgContext,
  request: ImportRequest,
  chunkRows = IMPORT_CHUNK_ROWS,
): Promise<ImportPlan> {
  return inOrg(ctx, async (tx) => {
    const { rules } = await importRules(tx, ctx, request);
    return planInChunks(request.csv, rules, { storedWeeks: storedWeeksReader(tx, ctx) }, chunkRows);
  });
}

/**
 * All or nothing: any bad row refuses the whole file. A first pass checks every row (keeping
 * only the summary); only then are the new reps created and a second pass plans again and
 * writes each chunk before reading the next, all in one transaction.
 */
export async function importWeeks(
  ctx: OrgContext,
  request: ImportRequest,
  chunkRows = IMPORT_CHUNK_ROWS,
): Promise<ImportPlan> {
  return inOrg(ctx, async (tx) => {
    const { rules, funnel } = await importRules(tx, ctx, request);
    const storedWeeks = storedWeeksReader(tx, ctx);
    const checked = await planInChunks(request.csv, rules, { storedWeeks }, chunkRows);
    if (checked.fileError) throw new ValidationError({ csv: checked.fileError });
    if (checked.counts.error > 0) throw importHasErrors(checked.counts.error);

    const ids = new Map(rules.memberIds);
    for (const person of checked.newMembers) {
      const [created] = await tx
        .insert(members)
        .values({
          orgId: ctx.org.id,
          email: person.email,
          name: person.email.split("@")[0] ?? person.email,
          role: "rep",
          status: "invited",
          startedOn: person.startedOn,
        })
        .returning({ id: members.id });
      if (!created) throw new Error("member was not created");
      ids.set(person.email, created.id);
      await recordAudit(tx, ctx, {
        action: "member.imported",
        subjectType: "member",
        subjectId: created.id,
        after: { email: person.email, role: "rep", status: "invited", startedOn: person.startedOn },
      });
    }

    // Planned with the members as they were before the new reps, so it plans as the check did.
    const plan = await planInChunks(
      request.csv,
      rules,
      {
        storedWeeks,
        write: async (rows) => {
          for (const row of rows) {
            if (row.action === "unchanged") continue;
            // The check found none and the rules are the same; were one to read otherwise
            // now, the whole import is refused all the same.
            if (row.action === "error") throw importHasErrors(1);
            const memberId = ids.get(row.email);
            if (!memberId) throw new Error(`no member for ${row.email}`);
            await upsertWeekInTx(
              tx,
              ctx,
              {
                memberId,
                weekStart: row.weekStart,
                values: row.rawValues,
                notWorked: row.notWorked,
                confirmedLargeValues: request.confirmedLargeValues,
                notAfter: request.latestWeekStart,
              },
              funnel,
            );
          }
        },
      },
      chunkRows,
    );
    await recordAudit(tx, ctx, {
      action: "weeks.imported",
      subjectType: "organization",
      subjectId: ctx.org.id,
      after: { ...plan.counts, newMembers: plan.newMembers.length },
    });
    return plan;
  });
}

const importHasErrors = (count: number) =>
  new ValidationError({ csv: { key: "importHasErrors", values: { count } } });

/**
 * Everything the organization holds, for the JSON export, never password hashes or tokens:
 * written through `write`, the weeks a page at a time in one snapshot.
 */
export async function writeOrganizationExport(
  ctx: OrgContext,
  options: { includeCosts: boolean },
  write: Write,
  pageRows = PAGE_ROWS,
): Promise<void> {
  await inOrgSnapshot(ctx, async (tx) => {
    const [org] = await tx.select().from(organizations).where(eq(organizations.id, ctx.org.id));
    const funnel = await funnelRows(tx, ctx);
    const people = await tx
      .select({
        id: members.id,
        email: members.email,
        name: members.name,
        role: members.role,
        status: members.status,
        startedOn: members.startedOn,
      })
      .from(members)
      .where(eq(members.orgId, ctx.org.id))
      .orderBy(asc(members.email));
    const pay = options.includeCosts
      ? await tx
          .select({
            memberId: memberPay.memberId,
            kind: memberPay.kind,
            amount: memberPay.amount,
            effectiveFrom: memberPay.effectiveFrom,
          })
          .from(memberPay)
          .where(eq(memberPay.orgId, ctx.org.id))
          .orderBy(asc(memberPay.effectiveFrom))
      : [];
    const organization = org
      ? {
          name: org.name,
          slug: org.slug,
          timeZone: org.timeZone,
          currency: org.currency,
          kpiRelativePrecision: org.kpiRelativePrecision,
          showRate: org.showRate,
          closeRate: org.closeRate,
          averageDealValue: org.averageDealValue,
        }
      : null;
    const listedMembers = people.map((p) =>
      options.includeCosts
        ? {
            ...p,
            // Pay with its history: each change from its effective date.
            pay: pay
              .filter((c) => c.memberId === p.id)
              .map((c) => ({ kind: c.kind, amount: c.amount, effectiveFrom: c.effectiveFrom })),
          }
        : p,
    );
    await write(
      `{\n"organization": ${JSON.stringify(organization)},\n` +
        `"funnel": ${JSON.stringify(funnel.map((m) => ({ ...metricDefinition(m), label: m.label })))},\n` +
        `"members": ${JSON.stringify(listedMembers)},\n"weeks": `,
    );
    const key = [weeklyEntries.memberId, weeklyEntries.weekStart];
    const columns = {
      memberId: weeklyEntries.memberId,
      weekStart: weeklyEntries.weekStart,
      values: weeklyEntries.values,
      notWorked: weeklyEntries.notWorked,
      version: weeklyEntries.version,
    };
    const weeks = inPages<RowOf<typeof columns>>(
      (last, limit) =>
        tx
          .select(columns)
          .from(weeklyEntries)
          .where(
            and(
              eq(weeklyEntries.orgId, ctx.org.id),
              last ? keysetAfter(key, [last.memberId, last.weekStart]) : undefined,
            ),
          )
          .orderBy(...key.map((column) => asc(column)))
          .limit(limit),
      pageRows,
    );
    await writeJsonList(write, weeks, (w) => ({
      memberId: w.memberId,
      week: isoWeekOfDate(w.weekStart),
      metrics: w.values,
      notWorked: w.notWorked,
      version: w.version,
    }));
    await write("\n}\n");
  });
}

export interface OrganizationExport {
  organization: (Omit<OrgSettings, "grossMargin"> & { slug: string }) | null;
  funnel: (MetricDefinition & { label: string | null })[];
  members: {
    id: string;
    email: string;
    name: string;
    role: string;
    status: string;
    startedOn: string;
    pay?: unknown[];
  }[];
  weeks: {
    memberId: string;
    week: string;
    metrics: Record<string, unknown>;
    notWorked: boolean;
    version: number;
  }[];
}

/** The export as an object (the tests). */
export async function exportOrganization(
  ctx: OrgContext,
  options: { includeCosts: boolean },
  pageRows = PAGE_ROWS,
): Promise<OrganizationExport> {
  return JSON.parse(await writtenText((write) => writeOrganizationExport(ctx, options, write, pageRows)));
}
