// The /kpis answer: pooled totals, every ratio of the funnel with its Wilson interval and how
// much more data it needs, and the rates derived from time (calls per hour, minutes per call).
import { poolRate, poolWeeks, type RateCounts } from "./pooling";
import { ratioDefinitions } from "./ratios";
import type { Interval, MetricDefinition, RatioDefinition, WeekRecord } from "./types";
import { additionalTrialsForHalfWidth, wilsonHalfWidth, wilsonInterval } from "./wilson";

/** ±5 percentage points: the default precision a ratio needs before we call it "enough data". */
export const DEFAULT_TARGET_HALF_WIDTH = 0.05;

export interface RatioEstimate {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0. */
  value: number | null;
  /** 95% Wilson interval; null when the denominator is 0 or the numerator exceeds it. */
  ci95: Interval | null;
}

export interface KpiRatio extends RatioDefinition, RatioEstimate {
  /** The denominator is above 0 and the Wilson half-width is at most the target. */
  enoughData: boolean;
  /** More denominator units needed at the current rate (0 when enough); null without a rate. */
  additionalDenominatorNeeded: number | null;
}

/** Named for the default funnel's keys; null where the base is 0 or was never logged. */
export interface DerivedRates {
  callsPerHour: number | null;
  minutesPerCall: number | null;
  callsPerAppointment: number | null;
}

export interface KpiSummary {
  weeksWithData: number;
  weeksOff: number;
  totals: Record<string, number>;
  ratios: KpiRatio[];
  derived: DerivedRates;
}

export interface ComputeKpisInput {
  metrics: readonly MetricDefinition[];
  weeks: readonly WeekRecord[];
  /** Half-width of the 95% interval a ratio needs for enoughData (default 0.05). */
  targetHalfWidth?: number;
}

export function computeKpis({
  metrics,
  weeks,
  targetHalfWidth = DEFAULT_TARGET_HALF_WIDTH,
}: ComputeKpisInput): KpiSummary {
  if (!(targetHalfWidth > 0)) throw new RangeError("targetHalfWidth must be above 0.");
  const pooled = poolWeeks(weeks, metrics);
  const ratios = ratioDefinitions(metrics).map((definition): KpiRatio => {
    const { numerator, denominator } = poolRate(
      weeks,
      metrics,
      definition.numeratorKey,
      definition.denominatorKey,
    );
    const estimate = estimateRatio(numerator, denominator);
    const hasInterval = estimate.ci95 !== null;
    const halfWidth = hasInterval ? wilsonHalfWidth(numerator, denominator) : null;
    return {
      ...definition,
      ...estimate,
      enoughData: halfWidth !== null && halfWidth <= targetHalfWidth,
      additionalDenominatorNeeded: hasInterval
        ? additionalTrialsForHalfWidth(numerator, denominator, targetHalfWidth)
        : null,
    };
  });
  return {
    weeksWithData: pooled.weeksWithData,
    weeksOff: pooled.weeksOff,
    totals: pooled.totals,
    ratios,
    derived: derivedRates(weeks, metrics),
  };
}

/**
 * A pooled ratio with its interval. A numerator above its denominator (a stage larger than
 * the one before it: bad data) keeps its value but gets no interval, since it is no proportion.
 */
export function estimateRatio(numerator: number, denominator: number): RatioEstimate {
  if (denominator <= 0) return { numerator, denominator, value: null, ci95: null };
  const ci95 = numerator <= denominator ? wilsonInterval(numerator, denominator) : null;
  return { numerator, denominator, value: numerator / denominator, ci95 };
}

export function derivedRates(
  weeks: readonly WeekRecord[],
  metrics: readonly MetricDefinition[],
): DerivedRates {
  const appointmentsPerCall = poolRate(weeks, metrics, "appointments", "calls");
  return {
    callsPerHour: rateOf(poolRate(weeks, metrics, "calls", "hours")),
    minutesPerCall: rateOf(poolRate(weeks, metrics, "talkMinutes", "calls")),
    // The inverse of appointmentsPerCall, pooled over the same weeks.
    callsPerAppointment: rateOf({
      ...appointmentsPerCall,
      numerator: appointmentsPerCall.denominator,
      denominator: appointmentsPerCall.numerator,
    }),
  };
}

function rateOf({ numerator, denominator }: RateCounts): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
