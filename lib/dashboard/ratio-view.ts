// Which numbers of a funnel a dashboard shows, and a ratio in the plain shape components draw.
// Works for any funnel an organization defines: nothing here names a default metric.

import { sortByPosition } from "@/lib/kpi/funnel";
import type { KpiRatio, RatioEstimate } from "@/lib/kpi/kpis";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import type { MetricDefinition, RatioDefinition } from "@/lib/kpi/types";

export interface RatioView {
  key: string;
  numeratorKey: string;
  denominatorKey: string;
  numerator: number;
  denominator: number;
  /** null when nothing was logged in the denominator. */
  value: number | null;
  /** The 95% Wilson interval; null with no denominator (or bad data: numerator above it). */
  low: number | null;
  high: number | null;
  /** Weeks pooled (both parts recorded); 0 means the ratio was never recorded. */
  weeks: number;
  enoughData: boolean;
  /** More denominator units for the organization's target precision, at the current rate. */
  additionalNeeded: number | null;
  /** The same in weeks at the pace of the weeks pooled. */
  additionalWeeks: number | null;
}

export function ratioView(ratio: KpiRatio): RatioView {
  return {
    key: ratio.key,
    numeratorKey: ratio.numeratorKey,
    denominatorKey: ratio.denominatorKey,
    numerator: ratio.numerator,
    denominator: ratio.denominator,
    value: ratio.value,
    low: ratio.ci95?.[0] ?? null,
    high: ratio.ci95?.[1] ?? null,
    weeks: ratio.weeks,
    enoughData: ratio.enoughData,
    additionalNeeded: ratio.additionalDenominatorNeeded,
    additionalWeeks: ratio.additionalWeeksNeeded,
  };
}

/** A point of a weekly series: value and interval, no verdict (one week never is enough). */
export interface RatioPoint {
  value: number | null;
  low: number | null;
  high: number | null;
}

export function ratioPoint(estimate: RatioEstimate | null | undefined): RatioPoint | null {
  if (!estimate) return null;
  return { value: estimate.value, low: estimate.ci95?.[0] ?? null, high: estimate.ci95?.[1] ?? null };
}

/** The first non-retired outcome of each stage: the result a stage is there for (appointments). */
function firstOutcomes(metrics: readonly MetricDefinition[]): Set<string> {
  const firsts = new Map<string, string>();
  for (const metric of sortByPosition(metrics)) {
    if (metric.kind === "outcome" && metric.of !== null && !metric.retired && !firsts.has(metric.of)) {
      firsts.set(metric.of, metric.key);
    }
  }
  return new Set(firsts.values());
}

/**
 * The ratios worth a column: each stage per the stage before it, and each stage's main outcome
 * per every stage up the funnel (the seed's "9 of 38 of 106"). Side outcomes (callbacks) and
 * ratios of retired metrics stay on the rep page.
 */
export function headlineRatios(metrics: readonly MetricDefinition[]): RatioDefinition[] {
  const stages = new Set(metrics.filter((m) => m.kind === "stage").map((m) => m.key));
  const mainOutcomes = firstOutcomes(metrics);
  return ratioDefinitions(metrics).filter(
    (ratio) =>
      !ratio.involvesRetiredMetric &&
      (stages.has(ratio.numeratorKey) || mainOutcomes.has(ratio.numeratorKey)),
  );
}

/**
 * The ratio a trend arrow follows: the first main outcome per its own stage (appointments per
 * decision-maker conversation, the seed's 24%); else the first ratio; null for a funnel of one.
 */
export function primaryRatio(metrics: readonly MetricDefinition[]): RatioDefinition | null {
  const byKey = new Map(metrics.map((m) => [m.key, m]));
  const mainOutcomes = firstOutcomes(metrics);
  const headline = headlineRatios(metrics);
  return (
    headline.find(
      (ratio) =>
        mainOutcomes.has(ratio.numeratorKey) && byKey.get(ratio.numeratorKey)?.of === ratio.denominatorKey,
    ) ??
    headline[0] ??
    null
  );
}

/**
 * The totals a team row shows: every current stage, each stage's main outcome, and the first
 * time metric (hours); later time metrics (talk minutes) show as minutes per call on rep pages.
 */
export function effortKeys(metrics: readonly MetricDefinition[]): string[] {
  const mainOutcomes = firstOutcomes(metrics);
  const current = sortByPosition(metrics).filter((m) => !m.retired);
  const firstTime = current.find((m) => m.kind === "time")?.key;
  return current
    .filter((m) => (m.kind === "time" ? m.key === firstTime : m.kind === "stage" || mainOutcomes.has(m.key)))
    .map((m) => m.key);
}

/** The first stage of the first channel (calls): the effort the seed watches fall. */
export function firstStageKey(metrics: readonly MetricDefinition[]): string | null {
  return sortByPosition(metrics).find((m) => m.kind === "stage" && m.of === null && !m.retired)?.key ?? null;
}
