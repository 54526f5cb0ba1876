// The one definition of a ratio's trend, used by every page and GET /trends: the 4 calendar
// weeks ending at the period's end against the 4 before them, each pooled by the pooling rule,
// with the Newcombe interval of the difference. An arrow only where that interval excludes 0:
// a rep at a steady 24% used to show "up" or "down" on noise in nearly every simulated case.

import { addIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { controlLimits, type WeeklyCount } from "./control-chart";
import { poolRate } from "./pooling";
import type { Interval, MetricDefinition, RatioDefinition, WeekRecord } from "./types";
import { newcombeDifferenceInterval } from "./wilson";

/** Calendar weeks per window: "the last 4 weeks against the 4 before". */
export const TREND_WINDOW_WEEKS = 4;
/** The weeks a trend chart shows (and judges unusual weeks among): a quarter. */
export const TREND_CHART_WEEKS = 13;
/** Fewer denominator units than this in either window: "not enough data" for a direction. */
export const MIN_TREND_DENOMINATOR = 30;

export type TrendDirection = "up" | "down" | "noClearChange" | "notEnoughData";

export interface TrendWindow {
  /** First and last ISO week of the window, both included. */
  from: string;
  to: string;
  numerator: number;
  denominator: number;
  /** null without a denominator. */
  value: number | null;
}

export interface TrendChange {
  recent: TrendWindow;
  previous: TrendWindow;
  /** recent - previous (a proportion); null when either window has no value. */
  difference: number | null;
  /** Newcombe's hybrid score interval of the difference; null where it has none. */
  ci95: Interval | null;
  direction: TrendDirection;
}

export interface WeeklyRatio extends WeeklyCount {
  value: number | null;
}

export interface RatioTrend {
  ratio: string;
  /** The TREND_CHART_WEEKS weeks ending at toWeek, oldest first. */
  weeks: WeeklyRatio[];
  change: TrendChange;
  /** Weeks of `weeks` outside their control limits (see control-chart.ts). */
  unusualWeeks: string[];
}

/** How a ratio moved: the window ending at toWeek against the one before it. */
export function trendChange(
  records: readonly WeekRecord[],
  metrics: readonly MetricDefinition[],
  ratio: Pick<RatioDefinition, "numeratorKey" | "denominatorKey">,
  toWeek: string,
  windowWeeks = TREND_WINDOW_WEEKS,
): TrendChange {
  const [recentWeeks, previousWeeks] = trendWindowWeeks(toWeek, windowWeeks);
  const counts = (window: WindowWeeks) => {
    const weeks = new Set(listIsoWeeks(window.from, window.to));
    const inWindow = records.filter((record) => weeks.has(record.week));
    return poolRate(inWindow, metrics, ratio.numeratorKey, ratio.denominatorKey);
  };
  return trendFromCounts(toWeek, counts(recentWeeks), counts(previousWeeks), windowWeeks);
}

export interface WindowWeeks {
  from: string;
  to: string;
}

/** The two windows of a trend: the one ending at toWeek, and the one before it. */
export function trendWindowWeeks(
  toWeek: string,
  windowWeeks = TREND_WINDOW_WEEKS,
): [WindowWeeks, WindowWeeks] {
  if (!Number.isInteger(windowWeeks) || windowWeeks < 1) {
    throw new RangeError(`A trend window is a whole number of weeks >= 1, got ${windowWeeks}.`);
  }
  const windowEndingAt = (to: string) => ({ from: addIsoWeeks(to, -(windowWeeks - 1)), to });
  return [windowEndingAt(toWeek), windowEndingAt(addIsoWeeks(toWeek, -windowWeeks))];
}

/** The trend from each window's pooled counts (summed wherever: records or the database). */
export function trendFromCounts(
  toWeek: string,
  recentCounts: { numerator: number; denominator: number },
  previousCounts: { numerator: number; denominator: number },
  windowWeeks = TREND_WINDOW_WEEKS,
): TrendChange {
  const [recentWeeks, previousWeeks] = trendWindowWeeks(toWeek, windowWeeks);
  const window = (weeks: WindowWeeks, { numerator, denominator }: typeof recentCounts): TrendWindow => ({
    ...weeks,
    numerator,
    denominator,
    value: denominator > 0 ? numerator / denominator : null,
  });
  const recent = window(recentWeeks, recentCounts);
  const previous = window(previousWeeks, previousCounts);
  const isProportion = (w: TrendWindow) => w.denominator > 0 && w.numerator <= w.denominator;
  const difference = recent.value !== null && previous.value !== null ? recent.value - previous.value : null;
  const ci95 =
    isProportion(recent) && isProportion(previous)
      ? newcombeDifferenceInterval(
          recent.numerator,
          recent.denominator,
          previous.numerator,
          previous.denominator,
        )
      : null;
  return { recent, previous, difference, ci95, direction: directionOf(recent, previous, ci95) };
}

function directionOf(recent: TrendWindow, previous: TrendWindow, ci95: Interval | null): TrendDirection {
  if (recent.denominator < MIN_TREND_DENOMINATOR || previous.denominator < MIN_TREND_DENOMINATOR) {
    return "notEnoughData";
  }
  if (ci95 === null) return "notEnoughData";
  if (ci95[0] > 0) return "up";
  if (ci95[1] < 0) return "down";
  return "noClearChange";
}

/** Each ISO week of fromWeek..toWeek pooled on its own (all members of `records` together). */
export function weeklyRatios(
  records: readonly WeekRecord[],
  metrics: readonly MetricDefinition[],
  ratio: Pick<RatioDefinition, "numeratorKey" | "denominatorKey">,
  fromWeek: string,
  toWeek: string,
): WeeklyRatio[] {
  const byWeek = new Map<string, WeekRecord[]>();
  for (const record of records) byWeek.set(record.week, [...(byWeek.get(record.week) ?? []), record]);
  return listIsoWeeks(fromWeek, toWeek).map((week) => {
    const { numerator, denominator } = poolRate(
      byWeek.get(week) ?? [],
      metrics,
      ratio.numeratorKey,
      ratio.denominatorKey,
    );
    return { week, numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
  });
}

/** Weeks whose ratio lies outside control limits from the other weeks; bad data is skipped. */
export function unusualWeeksOf(weeks: readonly WeeklyRatio[]): string[] {
  const proportions = weeks.filter((week) => week.numerator <= week.denominator);
  return controlLimits(proportions)
    .filter((limits) => limits.unusual)
    .map((limits) => limits.week);
}

export interface RatioTrendInput {
  metrics: readonly MetricDefinition[];
  /** At least the TREND_CHART_WEEKS weeks ending at toWeek (others are ignored). */
  weeks: readonly WeekRecord[];
  ratio: RatioDefinition;
  toWeek: string;
}

/** GET /trends: the quarter week by week, the change of the last 4 weeks, unusual weeks. */
export function ratioTrend({ metrics, weeks, ratio, toWeek }: RatioTrendInput): RatioTrend {
  const chart = weeklyRatios(weeks, metrics, ratio, addIsoWeeks(toWeek, -(TREND_CHART_WEEKS - 1)), toWeek);
  return {
    ratio: ratio.key,
    weeks: chart,
    change: trendChange(weeks, metrics, ratio, toWeek),
    unusualWeeks: unusualWeeksOf(chart),
  };
}
