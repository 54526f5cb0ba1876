import "server-only";
// What the dashboards read: the funnel, the people and the weekly entries of a range of weeks,
// shaped for the KPI engine. One query per need, only the columns the engine uses, and the
// range in the WHERE (the (org_id, week_start) index), so a team of hundreds stays fast.
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { type MemberStatus, members, metrics, organizations, type Role, weeklyEntries } from "@/db/schema";
import { isoWeekOfDate } from "@/lib/kpi/iso-week";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { inOrg, type OrgContext } from "./tenant-tx";

export interface KpiMember {
  id: string;
  name: string;
  role: Role;
  status: MemberStatus;
  startedOn: string;
}

export interface KpiSetup {
  metrics: MetricDefinition[];
  /** An owner's rename per metric key; null means the catalogue's default label. */
  labels: Record<string, string | null>;
  members: KpiMember[];
  /** organizations.kpi_target_half_width: the precision a ratio needs to count as enough data. */
  targetHalfWidth: number;
  currency: string;
}

export async function loadKpiSetup(ctx: OrgContext): Promise<KpiSetup> {
  return inOrg(ctx, async (tx) => {
    const [org] = await tx
      .select({ targetHalfWidth: organizations.kpiTargetHalfWidth, currency: organizations.currency })
      .from(organizations)
      .where(eq(organizations.id, ctx.org.id));
    const metricRows = await tx
      .select({
        key: metrics.key,
        label: metrics.label,
        kind: metrics.kind,
        ofKey: metrics.ofKey,
        position: metrics.position,
        retiredAt: metrics.retiredAt,
      })
      .from(metrics)
      .where(eq(metrics.orgId, ctx.org.id))
      .orderBy(asc(metrics.position), asc(metrics.key));
    const memberRows = await tx
      .select({
        id: members.id,
        name: members.name,
        role: members.role,
        status: members.status,
        startedOn: members.startedOn,
      })
      .from(members)
      .where(eq(members.orgId, ctx.org.id))
      .orderBy(asc(members.name), asc(members.id));
    return {
      metrics: metricRows.map((row) => ({
        key: row.key,
        kind: row.kind,
        of: row.ofKey,
        position: row.position,
        ...(row.retiredAt ? { retired: true } : {}),
      })),
      labels: Object.fromEntries(metricRows.map((row) => [row.key, row.label])),
      members: memberRows,
      targetHalfWidth: org?.targetHalfWidth ?? 0.05,
      currency: org?.currency ?? "EUR",
    };
  });
}

export interface WeekRange {
  /** Mondays, "YYYY-MM-DD", both included. */
  fromWeekStart: string;
  toWeekStart: string;
  /** Only this member's weeks. */
  memberId?: string;
}

export async function loadWeekRecords(ctx: OrgContext, range: WeekRange): Promise<WeekRecord[]> {
  const rows = await inOrg(ctx, (tx) =>
    tx
      .select({
        memberId: weeklyEntries.memberId,
        weekStart: weeklyEntries.weekStart,
        notWorked: weeklyEntries.notWorked,
        values: weeklyEntries.values,
      })
      .from(weeklyEntries)
      .where(
        and(
          eq(weeklyEntries.orgId, ctx.org.id),
          gte(weeklyEntries.weekStart, range.fromWeekStart),
          lte(weeklyEntries.weekStart, range.toWeekStart),
          range.memberId ? eq(weeklyEntries.memberId, range.memberId) : undefined,
        ),
      ),
  );
  return rows.map((row) => ({
    memberId: row.memberId,
    week: isoWeekOfDate(row.weekStart),
    notWorked: row.notWorked,
    values: countsOnly(row.values),
  }));
}

/** The engine refuses negative or non-numeric values; a stray one must not take a page down. */
function countsOnly(values: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) counts[key] = value;
  }
  return counts;
}
