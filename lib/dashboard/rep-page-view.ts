// The rep page's shaping, so the page only loads and renders: the ratio cards, the derived
// rates, the effort chart and one chart per headline ratio, with their week labels and notes.
// Pure: the words it needs come in as plain strings and functions the page makes.

import type { MetricDefinition } from "@/lib/kpi/types";
import { own } from "@/lib/kpi/user-keys";
import { parseIsoWeek } from "@/lib/weeks/iso-week";
import type { ChartSeries, WeeklyChartData } from "./chart-data";
import type { FunnelLabels } from "./labels";
import type { RatioView } from "./ratio-view";
import type { RepView } from "./rep-view";
import type { Trend } from "./team-view";

/** The words the charts need, translated by the page (keys stay checkable there). */
export interface RepChartWords {
  /** A week's short label on the x axis ("W40"). */
  weekShort: (week: number) => string;
  /** A week's full name, a row header of a chart's table ("Week 40, 2025"). */
  weekName: (week: number, year: number) => string;
  minutesPerCall: string;
  /** The band's name (the 95% interval). */
  interval: string;
  /** The note under a ratio chart: how many weeks are marked unusual, and which. */
  unusualWeeks: (count: number, weeks: string) => string;
}

export interface RatioCard {
  key: string;
  label: string;
  ratio: RatioView;
  unit: string;
  /** Only the headline ratios follow a trend. */
  showsTrend: boolean;
  trend: Trend | null;
}

export interface DerivedRate {
  key: "callsPerHour" | "minutesPerCall" | "callsPerAppointment";
  value: number;
}

export interface RatioChart {
  key: string;
  title: string;
  /** Which weeks are marked unusual; undefined when none is. */
  note: string | undefined;
  data: WeeklyChartData;
}

export interface RepPageView {
  ratioCards: RatioCard[];
  derivedRates: DerivedRate[];
  /** The effort chart's bars and the week table's columns: the counted metrics. */
  countKeys: string[];
  /** Some week has minutes per call: the effort chart draws them as a line and says so. */
  hasMinutes: boolean;
  weekNames: string[];
  effortChart: WeeklyChartData;
  ratioCharts: RatioChart[];
}

export interface RepPageInput {
  view: RepView;
  metrics: readonly Pick<MetricDefinition, "key" | "kind">[];
  labels: FunnelLabels;
  words: RepChartWords;
}

export function repPageView({ view, metrics, labels, words }: RepPageInput): RepPageView {
  const counts = countKeys(view, metrics);
  const weekLabels = view.weeks.map(({ week }) => words.weekShort(parseIsoWeek(week).week));
  return {
    ratioCards: ratioCards(view, labels),
    derivedRates: derivedRates(view),
    countKeys: counts,
    hasMinutes: hasMinutes(view),
    weekNames: view.weeks.map(({ week }) => {
      const { year, week: number } = parseIsoWeek(week);
      return words.weekName(number, year);
    }),
    effortChart: effortChart(view, counts, labels, words, weekLabels),
    ratioCharts: view.headlineRatioKeys.map((key) => ratioChart(view, key, labels, words, weekLabels)),
  };
}

/** The effort keys that are counts: time metrics show as minutes per call, not as bars. */
export function countKeys(view: Pick<RepView, "effortKeys">, metrics: RepPageInput["metrics"]): string[] {
  return view.effortKeys.filter((key) => metrics.find((m) => m.key === key)?.kind !== "time");
}

/** Minutes per call were logged in some week of the period. */
export function hasMinutes(view: Pick<RepView, "weeks">): boolean {
  return view.weeks.some((week) => week.derived?.minutesPerCall != null);
}

/**
 * The period's ratios as cards: a ratio never recorded reads "not recorded"; one recorded with a
 * 0 base is noise and left out.
 */
export function ratioCards(
  view: Pick<RepView, "ratios" | "headlineRatioKeys" | "trends">,
  labels: FunnelLabels,
): RatioCard[] {
  return view.ratios
    .filter((ratio) => ratio.denominator > 0 || ratio.weeks === 0)
    .map((ratio) => ({
      key: ratio.key,
      label: labels.ratios[ratio.key] ?? ratio.key,
      ratio,
      unit: labels.units[ratio.denominatorKey] ?? ratio.denominatorKey,
      showsTrend: view.headlineRatioKeys.includes(ratio.key),
      trend: view.trends.find((trend) => trend.ratioKey === ratio.key) ?? null,
    }));
}

/** The derived rates the period has figures for, in a fixed order. */
export function derivedRates(view: Pick<RepView, "derived">): DerivedRate[] {
  const rates: { key: DerivedRate["key"]; value: number | null }[] = [
    { key: "callsPerHour", value: view.derived.callsPerHour },
    { key: "minutesPerCall", value: view.derived.minutesPerCall },
    { key: "callsPerAppointment", value: view.derived.callsPerAppointment },
  ];
  return rates.filter((rate): rate is DerivedRate => rate.value !== null);
}

/** Effort week by week: a bar per counted metric, and minutes per call as a line when logged. */
export function effortChart(
  view: Pick<RepView, "weeks">,
  counts: readonly string[],
  labels: FunnelLabels,
  words: Pick<RepChartWords, "minutesPerCall">,
  weekLabels: string[],
): WeeklyChartData {
  const bars = counts.map(
    (key): ChartSeries => ({
      id: key,
      label: own(labels.metrics, key) ?? key,
      values: view.weeks.map((week) => own(week.totals, key) ?? null),
      type: "bar",
      axis: "count",
    }),
  );
  const minutes: ChartSeries = {
    id: "minutesPerCall",
    label: words.minutesPerCall,
    values: view.weeks.map((week) => week.derived?.minutesPerCall ?? null),
    type: "line",
    axis: "minutes",
  };
  return { weekLabels, series: hasMinutes(view) ? [...bars, minutes] : bars };
}

/** One headline ratio week by week, its 95% interval as a band and its unusual weeks marked. */
export function ratioChart(
  view: Pick<RepView, "weeks" | "unusualWeeks">,
  key: string,
  labels: FunnelLabels,
  words: Pick<RepChartWords, "weekShort" | "interval" | "unusualWeeks">,
  weekLabels: string[],
): RatioChart {
  const title = labels.ratios[key] ?? key;
  const unusual = view.unusualWeeks[key];
  return {
    key,
    title,
    note: unusualWeeksNote(unusual ?? [], words),
    data: {
      weekLabels,
      series: [
        {
          id: key,
          label: title,
          values: view.weeks.map((week) => week.ratios[key]?.value ?? null),
          type: "line",
          axis: "percent",
          marked: view.weeks.map(({ week }) => unusual?.includes(week) ?? false),
        },
      ],
      band: {
        label: words.interval,
        lows: view.weeks.map((week) => week.ratios[key]?.low ?? null),
        highs: view.weeks.map((week) => week.ratios[key]?.high ?? null),
      },
    },
  };
}

/** The line under a ratio chart naming its marked weeks; none when no week is unusual. */
export function unusualWeeksNote(
  weeks: readonly string[],
  words: Pick<RepChartWords, "weekShort" | "unusualWeeks">,
): string | undefined {
  if (weeks.length === 0) return undefined;
  const names = weeks.map((week) => words.weekShort(parseIsoWeek(week).week)).join(", ");
  return words.unusualWeeks(weeks.length, names);
}
