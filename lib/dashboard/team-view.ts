// The team overview as plain data: one row per rep and a team total, every ratio pooled over
// the period (never a mean of weekly or per-rep ratios), with its interval and a trend.

import { sells } from "@/lib/entries/expected-weeks";
import { type DerivedRates, kpisFromSums } from "@/lib/kpi/kpis";
import { type PairKey, type PooledSums, summaryPairs, sumRecords } from "@/lib/kpi/pooled-sums";
import { poolRate } from "@/lib/kpi/pooling";
import {
  TREND_WINDOW_WEEKS,
  type TrendDirection,
  trendChange,
  trendFromCounts,
  trendWindowWeeks,
} from "@/lib/kpi/ratio-trend";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import type { Interval, MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { addIsoWeeks, compareIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { effortKeys, headlineRatios, primaryRatio, type RatioView, ratioView } from "./ratio-view";

/** Calendar weeks per trend window: "up 2.1 points vs the previous 4 weeks". */
export const TREND_WINDOW = TREND_WINDOW_WEEKS;

export interface TeamMember {
  id: string;
  name: string;
  role: "owner" | "manager" | "rep";
  status: "active" | "invited" | "deactivated";
}

export interface Trend {
  ratioKey: string;
  /** Pooled ratio of the last window minus that of the window before; null without both. */
  difference: number | null;
  /** Newcombe's 95% interval of the difference. */
  ci95: Interval | null;
  /** up / down only where ci95 excludes 0 (the one definition: lib/kpi/ratio-trend.ts). */
  direction: TrendDirection;
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
  relativePrecision: number;
  /** The rows this viewer may see; null = everyone. */
  visibleMemberIds: ReadonlySet<string> | null;
}

/** The first week to load: the period, or the two trend windows ending with it if earlier. */
export function trendFromWeek(fromWeek: string, toWeek: string, window = TREND_WINDOW): string {
  const trendStart = addIsoWeeks(toWeek, -(2 * window - 1));
  return compareIsoWeeks(trendStart, fromWeek) < 0 ? trendStart : fromWeek;
}

/** What one row (a member, or everyone for the total) needs summed: see loadTeamSums. */
export interface RowSums {
  /** Records in the period, worked or off: someone who does not sell gets a row only with some. */
  recordsInPeriod: number;
  /** The period's sums by the pooling rule. */
  period: PooledSums;
  /** The primary ratio's counts in the two trend windows (zeros without a primary ratio). */
  recent: { numerator: number; denominator: number };
  previous: { numerator: number; denominator: number };
}

export interface TeamSums {
  byMember: ReadonlyMap<string, RowSums>;
  /** Everyone's records pooled: numerators and denominators are the member rows' sums. */
  total: RowSums;
}

/** What to sum for a team view of this funnel: every pair a summary pools, and the trend's. */
export function teamSumsRequest(metrics: readonly MetricDefinition[]): {
  pairs: PairKey[];
  trendPair: PairKey | null;
} {
  const primary = primaryRatio(metrics);
  return { pairs: summaryPairs(metrics), trendPair: primary ?? null };
}

/** The sums of records in memory: what the database's sums (lib/dashboard/data/team-sums.ts) must equal. */
export function teamSumsFromRecords(
  metrics: readonly MetricDefinition[],
  records: readonly WeekRecord[],
  fromWeek: string,
  toWeek: string,
  /** Rows for these members only (the total always counts everyone); default: everyone's. */
  { members }: { members?: ReadonlySet<string> } = {},
): TeamSums {
  // A set lookup, not two week comparisons per record: a long period holds tens of thousands.
  const periodWeeks = new Set(listIsoWeeks(fromWeek, toWeek));
  const { trendPair } = teamSumsRequest(metrics);
  const [recentWeeks, previousWeeks] = trendWindowWeeks(toWeek, TREND_WINDOW);
  const rowSums = (list: readonly WeekRecord[]): RowSums => {
    const inPeriod = list.filter((record) => periodWeeks.has(record.week));
    const window = ({ from, to }: { from: string; to: string }) => {
      if (!trendPair) return { numerator: 0, denominator: 0 };
      const weeks = new Set(listIsoWeeks(from, to));
      const { numerator, denominator } = poolRate(
        list.filter((record) => weeks.has(record.week)),
        metrics,
        trendPair.numeratorKey,
        trendPair.denominatorKey,
      );
      return { numerator, denominator };
    };
    return {
      recordsInPeriod: inPeriod.length,
      period: sumRecords(inPeriod, metrics),
      recent: window(recentWeeks),
      previous: window(previousWeeks),
    };
  };
  const byMember = new Map<string, WeekRecord[]>();
  for (const record of records) {
    if (members && !members.has(record.memberId)) continue;
    const list = byMember.get(record.memberId) ?? [];
    list.push(record);
    byMember.set(record.memberId, list);
  }
  return {
    byMember: new Map([...byMember].map(([id, list]) => [id, rowSums(list)])),
    total: rowSums(records),
  };
}

export function buildTeamView(input: TeamViewInput): TeamView {
  return buildTeamViewFromSums({
    ...input,
    sums: teamSumsFromRecords(input.metrics, input.records, input.fromWeek, input.toWeek),
  });
}

export interface TeamSumsViewInput extends Omit<TeamViewInput, "records" | "fromWeek"> {
  sums: TeamSums;
}

/**
 * Each row's figures per RowSums object and rules: the team page's sums are kept between
 * requests while nobody's weeks change (lib/dashboard/data/team-sums.ts), so a view asked
 * again reuses 500 rows of intervals and trends instead of computing them again. Shared
 * between requests: never changed after they are made.
 */
const rowsOfSums = new WeakMap<RowSums, Map<string, KpiRow>>();

export function buildTeamViewFromSums(input: TeamSumsViewInput): TeamView {
  const { metrics, toWeek } = input;
  const headline = headlineRatios(metrics);
  const primary = primaryRatio(metrics);
  const rules = JSON.stringify([metrics, input.relativePrecision, toWeek]);

  const kpiRow = (sums: RowSums): KpiRow => {
    let made = rowsOfSums.get(sums);
    if (!made) {
      made = new Map();
      rowsOfSums.set(sums, made);
    }
    let row = made.get(rules);
    if (!row) {
      row = computeRow(sums);
      made.set(rules, row);
    }
    return row;
  };

  const computeRow = (sums: RowSums): KpiRow => {
    const summary = kpisFromSums(metrics, sums.period, input.relativePrecision);
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
      trend: primary ? trendOfCounts(primary.key, toWeek, sums) : null,
    };
  };

  const rows = input.members
    .filter((member) => input.visibleMemberIds === null || input.visibleMemberIds.has(member.id))
    .filter((member) =>
      sells({ role: member.role, logsWeeks: (input.sums.byMember.get(member.id)?.recordsInPeriod ?? 0) > 0 }),
    )
    .map(
      (member): TeamRow => ({
        memberId: member.id,
        name: member.name,
        departed: member.status === "deactivated",
        ...kpiRow(input.sums.byMember.get(member.id) ?? emptyRowSums()),
      }),
    );
  const total = kpiRow(input.sums.total);
  return {
    effortKeys: effortKeys(metrics),
    ratioKeys: headline.map((ratio) => ratio.key),
    primaryRatioKey: primary?.key ?? null,
    rows,
    total,
    hasData: total.weeksWorked > 0,
  };
}

export function emptyRowSums(): RowSums {
  return {
    recordsInPeriod: 0,
    period: { weeksWithData: 0, weeksOff: 0, sums: {}, pairs: {} },
    recent: { numerator: 0, denominator: 0 },
    previous: { numerator: 0, denominator: 0 },
  };
}

function trendOfCounts(ratioKey: string, toWeek: string, sums: RowSums): Trend {
  const { difference, ci95, direction } = trendFromCounts(toWeek, sums.recent, sums.previous, TREND_WINDOW);
  return { ratioKey, difference, ci95, direction, window: TREND_WINDOW };
}

/**
 * How a ratio moved at the period's end: the last 4 calendar weeks against the 4 before, the
 * same definition as the rep page and GET /trends (lib/kpi/ratio-trend.ts).
 */
export function trendOf(
  metrics: readonly MetricDefinition[],
  records: readonly WeekRecord[],
  toWeek: string,
  ratioKey: string,
): Trend {
  const ratio = ratioDefinitions(metrics).find((definition) => definition.key === ratioKey);
  if (!ratio) throw new RangeError(`This funnel has no ratio "${ratioKey}".`);
  const { difference, ci95, direction } = trendChange(records, metrics, ratio, toWeek, TREND_WINDOW);
  return { ratioKey, difference, ci95, direction, window: TREND_WINDOW };
}
