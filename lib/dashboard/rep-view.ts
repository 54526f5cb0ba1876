// One rep's page as plain data: the period's pooled ratios with their intervals, week-by-week
// series for the charts, the seed's story (fewer calls, longer calls, more appointments) and the
// lagging results beside the leading numbers.

import { computeKpis, type DerivedRates } from "@/lib/kpi/kpis";
import { unusualWeeksOf, weeklyRatios } from "@/lib/kpi/ratio-trend";
import { type WeekStatus, weeklySeries } from "@/lib/kpi/trends";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { own } from "@/lib/kpi/user-keys";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import {
  effortKeys,
  firstStageKey,
  headlineRatios,
  primaryRatio,
  type RatioPoint,
  type RatioView,
  ratioPoint,
  ratioView,
} from "./ratio-view";
import { type Trend, trendOf } from "./team-view";

export interface LaggingWeek {
  appointmentsHeld: number;
  dealsWon: number;
  revenueWon: number;
}

export interface RepWeek {
  week: string;
  status: WeekStatus;
  /** null unless worked; only the fields recorded that week (a blank is not 0). */
  totals: Record<string, number> | null;
  /** Headline ratios of this week alone, with intervals; null unless worked. */
  ratios: Record<string, RatioPoint | null>;
  derived: DerivedRates | null;
  lagging: LaggingWeek | null;
}

export interface StoryPart {
  early: number | null;
  late: number | null;
}

/** The first half of the worked weeks against the second half. */
export interface EffortStory {
  earlyWeeks: { from: string; to: string };
  lateWeeks: { from: string; to: string };
  firstStageKey: string;
  outcomeKey: string;
  firstStagePerWeek: StoryPart;
  outcomePerWeek: StoryPart;
  minutesPerCall: StoryPart;
}

export interface RepView {
  weeksWorked: number;
  weeksOff: number;
  totals: Record<string, number>;
  /** Every ratio of the funnel, pooled over the period. */
  ratios: RatioView[];
  derived: DerivedRates;
  headlineRatioKeys: string[];
  effortKeys: string[];
  trends: Trend[];
  /** Per headline ratio: the period's weeks outside their control limits (marked on the chart). */
  unusualWeeks: Record<string, string[]>;
  weeks: RepWeek[];
  story: EffortStory | null;
  laggingTotals: LaggingWeek;
}

export interface LaggingRecord extends LaggingWeek {
  /** Monday, "YYYY-MM-DD". */
  weekStart: string;
}

export interface RepViewInput {
  metrics: readonly MetricDefinition[];
  /** This rep's weeks from trendFromWeek(period) to the period's end. */
  records: readonly WeekRecord[];
  lagging: readonly LaggingRecord[];
  fromWeek: string;
  toWeek: string;
  relativePrecision: number;
}

export function buildRepView(input: RepViewInput): RepView {
  const { metrics, fromWeek, toWeek } = input;
  const series = weeklySeries({ metrics, weeks: input.records, fromWeek, toWeek });
  const inPeriodWeeks = new Set(series.map((point) => point.week));
  const summary = computeKpis({
    metrics,
    weeks: input.records.filter((record) => inPeriodWeeks.has(record.week)),
    relativePrecision: input.relativePrecision,
  });
  const headline = headlineRatios(metrics);
  const laggingByWeek = new Map(input.lagging.map((row) => [isoWeekOfDate(row.weekStart), row]));

  // One rep: at most one record a week. A field left blank is "not recorded", not a 0.
  const recordedByWeek = new Map(input.records.map((record) => [record.week, record.values]));
  const recordedOnly = (week: string, totals: Record<string, number> | null) =>
    totals &&
    Object.fromEntries(
      Object.entries(totals).filter(([key]) => recordedByWeek.get(week)?.[key] !== undefined),
    );
  const weeks = series.map(
    (point): RepWeek => ({
      week: point.week,
      status: point.status,
      totals: recordedOnly(point.week, point.totals),
      ratios: Object.fromEntries(headline.map((ratio) => [ratio.key, ratioPoint(point.ratios[ratio.key])])),
      derived: point.derived,
      lagging: laggingOf(laggingByWeek.get(point.week)),
    }),
  );
  const laggingTotals = { appointmentsHeld: 0, dealsWon: 0, revenueWon: 0 };
  for (const week of weeks) {
    if (!week.lagging) continue;
    laggingTotals.appointmentsHeld += week.lagging.appointmentsHeld;
    laggingTotals.dealsWon += week.lagging.dealsWon;
    laggingTotals.revenueWon += week.lagging.revenueWon;
  }
  return {
    weeksWorked: summary.weeksWithData,
    weeksOff: summary.weeksOff,
    totals: summary.totals,
    ratios: summary.ratios.map(ratioView),
    derived: summary.derived,
    headlineRatioKeys: headline.map((ratio) => ratio.key),
    effortKeys: effortKeys(metrics),
    trends: headline.map((ratio) => trendOf(metrics, input.records, toWeek, ratio.key)),
    unusualWeeks: Object.fromEntries(
      headline.map((ratio) => [
        ratio.key,
        unusualWeeksOf(weeklyRatios(input.records, metrics, ratio, fromWeek, toWeek)),
      ]),
    ),
    weeks,
    story: effortStory(metrics, weeks),
    laggingTotals,
  };
}

function laggingOf(row: LaggingRecord | undefined): LaggingWeek | null {
  if (!row) return null;
  return { appointmentsHeld: row.appointmentsHeld, dealsWon: row.dealsWon, revenueWon: row.revenueWon };
}

/**
 * The seed's good sign, made visible: over the weeks, fewer calls, longer calls, more
 * appointments. Compares the first half of the worked weeks with the second half (the middle
 * week of an odd count sits out); null with fewer than two worked weeks.
 */
export function effortStory(
  metrics: readonly MetricDefinition[],
  weeks: readonly RepWeek[],
): EffortStory | null {
  const stageKey = firstStageKey(metrics);
  const outcomeKey = primaryRatio(metrics)?.numeratorKey ?? null;
  const worked = weeks.filter((week) => week.status === "worked" && week.totals !== null);
  if (!stageKey || !outcomeKey || worked.length < 2) return null;
  const half = Math.floor(worked.length / 2);
  const early = worked.slice(0, half);
  const late = worked.slice(-half);
  const perWeek = (part: readonly RepWeek[], key: string) =>
    part.reduce((sum, week) => sum + (own(week.totals, key) ?? 0), 0) / part.length;
  const minutesPerCall = (part: readonly RepWeek[]) => {
    // Pooled: talk minutes over calls of the weeks in which talk minutes were logged.
    let minutes = 0;
    let calls = 0;
    for (const week of part) {
      const perCall = week.derived?.minutesPerCall;
      const weekCalls = week.totals?.calls ?? 0;
      if (perCall == null || weekCalls === 0) continue;
      minutes += perCall * weekCalls;
      calls += weekCalls;
    }
    return calls > 0 ? minutes / calls : null;
  };
  const span = (part: readonly RepWeek[]) => ({ from: part[0]?.week ?? "", to: part.at(-1)?.week ?? "" });
  return {
    earlyWeeks: span(early),
    lateWeeks: span(late),
    firstStageKey: stageKey,
    outcomeKey,
    firstStagePerWeek: { early: perWeek(early, stageKey), late: perWeek(late, stageKey) },
    outcomePerWeek: { early: perWeek(early, outcomeKey), late: perWeek(late, outcomeKey) },
    minutesPerCall: { early: minutesPerCall(early), late: minutesPerCall(late) },
  };
}
