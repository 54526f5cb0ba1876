import "server-only";
// What the dashboards read: the funnel, the people and the weekly entries of a range of weeks,
// shaped for the KPI engine. One query per need, only the columns the engine uses, and the
// range in the WHERE (the (org_id, week_start) index), so a team of hundreds stays fast.
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { type MemberStatus, members, organizations, type Role, weeklyEntries } from "@/db/schema";
import { entriesVersions } from "@/lib/dashboard/data/entries-versions";
import { type MetricSlots, metricSlots } from "@/lib/dashboard/data/metric-slots";
import { basisHash, keptResult } from "@/lib/data/kept-results";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrg, inOrgRead, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { inWeekRange, memberIdsWithWeeks, type WeekRange } from "@/lib/data/week-range";
import { funnelRows, metricDefinition } from "@/lib/entries/data/funnel";
import { DEFAULT_RELATIVE_PRECISION } from "@/lib/kpi/kpis";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";

export interface KpiMember {
  id: string;
  name: string;
  role: Role;
  status: MemberStatus;
  startedOn: string;
  /** When the member was deactivated (null while not): employment ends that week. */
  deactivatedAt: Date | null;
}

export interface KpiSetup {
  metrics: MetricDefinition[];
  /** An owner's rename per metric key; null means the catalogue's default label. */
  labels: Record<string, string | null>;
  members: KpiMember[];
  /** organizations.kpi_relative_precision: the interval's half-width, as a share of the rate, a ratio needs to count as enough data. */
  relativePrecision: number;
  currency: string;
}

export async function loadKpiSetup(ctx: OrgContext): Promise<KpiSetup> {
  return inOrg(ctx, async (tx) => {
    const [org] = await tx
      .select({ relativePrecision: organizations.kpiRelativePrecision, currency: organizations.currency })
      .from(organizations)
      .where(eq(organizations.id, ctx.org.id));
    const metricRows = await funnelRows(tx, ctx);
    const memberRows = await tx
      .select({
        id: members.id,
        name: members.name,
        role: members.role,
        status: members.status,
        startedOn: members.startedOn,
        deactivatedAt: members.deactivatedAt,
      })
      .from(members)
      .where(eq(members.orgId, ctx.org.id))
      .orderBy(asc(members.name), asc(members.id));
    return {
      metrics: metricRows.map(metricDefinition),
      labels: Object.fromEntries(metricRows.map((row) => [row.key, row.label])),
      members: memberRows,
      relativePrecision: org?.relativePrecision ?? DEFAULT_RELATIVE_PRECISION,
      currency: org?.currency ?? "EUR",
    };
  });
}

interface RecordRow {
  member_id: string;
  week_start: string;
  not_worked: boolean;
  /** A week off's JSON values, as text (null for a worked week). */
  off_values: string | null;
  /** A worked week's typed numbers, as text (null for a week off). */
  nums: string | null;
}

export async function loadWeekRecords(ctx: OrgContext, range: WeekRange): Promise<WeekRecord[]> {
  if (range.memberIds?.length === 0) return [];
  // The heaviest read of the dashboards: a replica may serve it (read-your-own-writes kept).
  return inOrgRead(ctx, async (tx) => readWeekRecords(tx, ctx, await metricSlots(tx, ctx), range));
}

/** Change it with the rules of readWeekRecords: records kept under the old rules are then asked for no more. */
const RECORDS_RULE_VERSION = 1;
/** More records than this are answered but not kept: ~300 bytes each, and 16 results kept per process. */
export const MAX_KEPT_RECORDS = 10_000;

/**
 * loadWeekRecords for the pages that read the same recent weeks on every view (the manager's
 * home, the what-if's default period): kept in memory (lib/data/kept-results.ts) while no
 * member's weeks change, so a view asked again reads one short row instead of thousands. The
 * answer is shared between requests, hence frozen and read-only.
 */
export async function loadKeptWeekRecords(ctx: OrgContext, range: WeekRange): Promise<readonly WeekRecord[]> {
  if (range.memberIds?.length === 0) return [];
  return inOrgRead(ctx, async (tx) => {
    const slots = await metricSlots(tx, ctx);
    const basis = basisHash(RECORDS_RULE_VERSION, range, [...slots], await entriesVersions(tx, ctx.org.id));
    return keptResult(
      ctx.org.id,
      basis,
      async () => Object.freeze(await readWeekRecords(tx, ctx, slots, range)),
      (records) => records.length <= MAX_KEPT_RECORDS,
    );
  });
}

async function readWeekRecords(
  tx: Tx,
  ctx: OrgContext,
  slots: MetricSlots,
  range: WeekRange,
): Promise<WeekRecord[]> {
  // A worked week's numbers come from the typed copy (weekly_entries.nums, one per metric
  // slot, null where not a number >= 0) as text: half the cost of parsing the JSON values.
  // A week off keeps its JSON values (they count nowhere, but the week shows them). Plain
  // rows, not the query builder's mapping, which cost 50 ms a manager's home in instanceof
  // checks per field; in the engine's order (week, then member), so it need not sort them.
  const rows = rowsOf<RecordRow>(
    await tx.execute(sql`
      select ${weeklyEntries.memberId}::text as member_id, ${weeklyEntries.weekStart}::text as week_start,
        ${weeklyEntries.notWorked} as not_worked,
        case when ${weeklyEntries.notWorked} then ${weeklyEntries.values}::text end as off_values,
        ${weeklyEntries.nums}::text as nums
      from ${weeklyEntries}
      where ${inWeekRange(weeklyEntries, ctx.org.id, range)}
      order by ${weeklyEntries.weekStart}, ${weeklyEntries.memberId}`),
  );
  const keyAtSlot: string[] = [];
  for (const [key, slot] of slots) keyAtSlot[slot - 1] = key;
  // A few hundred distinct weeks among tens of thousands of rows: each converted once, and
  // the records share one string per week.
  const weekOf = new Map<string, string>();
  return rows.map((row) => {
    let week = weekOf.get(row.week_start);
    if (week === undefined) {
      week = isoWeekOfDate(row.week_start);
      weekOf.set(row.week_start, week);
    }
    const notWorked = Boolean(row.not_worked);
    const values = notWorked
      ? countsOnly(row.off_values ? (JSON.parse(row.off_values) as Record<string, unknown>) : {})
      : numbersAt(row.nums, keyAtSlot);
    return { memberId: row.member_id, week, notWorked, values };
  });
}

/** "{40,12,NULL,7.5}" (a float8[] as text, shortest exact digits) → { calls: 40, ... }. */
function numbersAt(text: string | null, keyAtSlot: readonly string[]): Record<string, number> {
  const values: Record<string, number> = {};
  if (text === null || text.length <= 2) return values;
  const parts = text.slice(1, -1).split(",");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const key = keyAtSlot[i];
    if (part === "NULL" || key === undefined) continue;
    values[key] = Number(part);
  }
  return values;
}

/** Who logged at least one week in the range (without reading the weeks themselves). */
export async function membersWhoLogged(ctx: OrgContext, range: WeekRange): Promise<Set<string>> {
  return inOrgRead(ctx, (tx) =>
    memberIdsWithWeeks(tx, ctx.org.id, inWeekRange(weeklyEntries, ctx.org.id, range)),
  );
}

/** The engine refuses negative or non-numeric values; a stray one must not take a page down. */
function countsOnly(values: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key in values) {
    const value = values[key];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) counts[key] = value;
  }
  return counts;
}

/** Members with at least one worked week up to toWeekStart: who has anything to compare. */
export async function sellingMemberIds(
  ctx: OrgContext,
  range: { toWeekStart: string },
): Promise<Set<string>> {
  return inOrgRead(ctx, (tx) =>
    memberIdsWithWeeks(
      tx,
      ctx.org.id,
      and(eq(weeklyEntries.notWorked, false), lte(weeklyEntries.weekStart, range.toWeekStart)),
    ),
  );
}
