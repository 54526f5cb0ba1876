// The team overview as plain data: one row per rep and a team total, every ratio pooled over
// the period (never a mean of weekly or per-rep ratios), with its interval and a trend.
import { addIsoWeeks, compareIsoWeeks, listIsoWeeks } from "@/lib/kpi/iso-week";
import { computeKpis, type DerivedRates } from "@/lib/kpi/kpis";
import { weeklySeries } from "@/lib/kpi/trends";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { effortKeys, headlineRatios, primaryRatio, type RatioView, ratioView } from "./ratio-view";

/** Weeks per rolling window: "up 2.1 points vs the previous 4 weeks". */
export const TREND_WINDOW = 4;

export interface TeamMember {
  id: string;
  name: string;
  role: "owner" | "manager" | "rep";
  status: "active" | "invited" | "deactivated";
}

export interface Trend {
  ratioKey: string;
  /** Pooled ratio of the last window minus that of the window before; null without both. */
  change: number | null;
  window: number;
}

export interface KpiRow {
  weeksWorked: number;
  weeksOff: number;
  totals: Record<string, number>;
  /** Keyed by ratio key; only the headline ratios. */
  ratios: Record<string, RatioView>;
  derived: DerivedRates;
  trend: Trend | null;
}

export interface TeamRow extends KpiRow {
  memberId: string;
  name: string;
  /** Departed reps keep their history in reports. */
  departed: boolean;
}

export interface TeamView {
  effortKeys: string[];
  ratioKeys: string[];
  primaryRatioKey: string | null;
  rows: TeamRow[];
  /** Everyone's weeks pooled, also those of rows the viewer may not see. */
  total: KpiRow;
  /** Any worked week in the period, for anyone. */
  hasData: boolean;
}

export interface TeamViewInput {
  metrics: readonly MetricDefinition[];
  members: readonly TeamMember[];
  /** Weeks from trendFromWeek(period) to the period's end (earlier ones feed the trend only). */
  records: readonly WeekRecord[];
  fromWeek: string;
  toWeek: string;
  targetHalfWidth: number;
  /** The rows this viewer may see; null = everyone. */
  visibleMemberIds: ReadonlySet<string> | null;
}

/** The first week to load: the period, or the two trend windows ending with it if earlier. */
export function trendFromWeek(fromWeek: string, toWeek: string, window = TREND_WINDOW): string {
  const trendStart = addIsoWeeks(toWeek, -(2 * window - 1));
  return compareIsoWeeks(trendStart, fromWeek) < 0 ? trendStart : fromWeek;
}

export function buildTeamView(input: TeamViewInput): TeamView {
  const { metrics, fromWeek, toWeek } = input;
  const headline = headlineRatios(metrics);
  const primary = primaryRatio(metrics);
  // A set lookup, not two week comparisons per record: a long period holds tens of thousands.
  const periodWeeks = new Set(listIsoWeeks(fromWeek, toWeek));
  const inPeriod = (record: WeekRecord) => periodWeeks.has(record.week);

  const byMember = new Map<string, WeekRecord[]>();
  for (const record of input.records) {
    const list = byMember.get(record.memberId) ?? [];
    list.push(record);
    byMember.set(record.memberId, list);
  }

  const kpiRow = (records: readonly WeekRecord[]): KpiRow => {
    const summary = computeKpis({
      metrics,
      weeks: records.filter(inPeriod),
      targetHalfWidth: input.targetHalfWidth,
    });
    const ratios: Record<string, RatioView> = {};
    for (const ratio of summary.ratios) {
      if (headline.some((h) => h.key === ratio.key)) ratios[ratio.key] = ratioView(ratio);
    }
    return {
      weeksWorked: summary.weeksWithData,
      weeksOff: summary.weeksOff,
      totals: summary.totals,
      ratios,
      derived: summary.derived,
      trend: primary ? trendOf(metrics, records, toWeek, primary.key) : null,
    };
  };

  const rows = input.members
    .filter((member) => input.visibleMemberIds === null || input.visibleMemberIds.has(member.id))
    .filter((member) => member.role === "rep" || (byMember.get(member.id) ?? []).some(inPeriod))
    .map(
      (member): TeamRow => ({
        memberId: member.id,
        name: member.name,
        departed: member.status === "deactivated",
        ...kpiRow(byMember.get(member.id) ?? []),
      }),
    );
  const total = kpiRow(input.records);
  return {
    effortKeys: effortKeys(metrics),
    ratioKeys: headline.map((ratio) => ratio.key),
    primaryRatioKey: primary?.key ?? null,
    rows,
    total,
    hasData: total.weeksWorked > 0,
  };
}

/** How the last window's pooled ratio moved against the window before it, at the period's end. */
export function trendOf(
  metrics: readonly MetricDefinition[],
  records: readonly WeekRecord[],
  toWeek: string,
  ratioKey: string,
  window = TREND_WINDOW,
): Trend {
  // Only the two windows' weeks: the same trend whatever the period, and fast on long ones.
  const trendWeeks = new Set(listIsoWeeks(addIsoWeeks(toWeek, -(2 * window - 1)), toWeek));
  const recent = records.filter((record) => trendWeeks.has(record.week));
  const [point] = weeklySeries({ metrics, weeks: recent, fromWeek: toWeek, toWeek, window });
  return { ratioKey, change: point?.changeVsPreviousWindow[ratioKey] ?? null, window };
}
