// The /kpis answer: pooled totals, every ratio of the funnel with its Wilson interval and how
// much more data it needs, and the rates derived from time (calls per hour, minutes per call).
import { NO_COUNTS, type PooledSums, pairKeyOf, sumRecords } from "./pooled-sums";
import { poolRate, type RateCounts } from "./pooling";
import { ratioDefinitions } from "./ratios";
import type { Interval, MetricDefinition, RatioDefinition, WeekRecord } from "./types";
import { additionalTrialsForHalfWidth, wilsonHalfWidth, wilsonInterval } from "./wilson";

/**
 * The default precision a ratio needs before we call it "enough data": the 95% interval's
 * half-width within 20% of the rate. An absolute ±5 points is ±50% of a 9% rate, which
 * decides nothing; a relative precision means the same for a 9% and a 40% ratio.
 */
export const DEFAULT_RELATIVE_PRECISION = 0.2;

export interface RatioEstimate {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0. */
  value: number | null;
  /** 95% Wilson interval; null when the denominator is 0 or the numerator exceeds it. */
  ci95: Interval | null;
}

export interface KpiRatio extends RatioDefinition, RatioEstimate, DataSufficiency {
  /** Weeks pooled: ISO weeks in which both parts were recorded (0: "not recorded"). */
  weeks: number;
}

export interface DataSufficiency {
  /** The rate is above 0 and the Wilson half-width is at most relativePrecision x the rate. */
  enoughData: boolean;
  /**
   * More denominator units needed at the current rate (0 when enough); null without a rate
   * above 0 (a rate of 0 has no relative precision to reach).
   */
  additionalDenominatorNeeded: number | null;
  /** additionalDenominatorNeeded in weeks at the pace of the pooled weeks, rounded up. */
  additionalWeeksNeeded: number | null;
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
  /** The 95% interval's half-width as a share of the rate that counts as enough data (0.2). */
  relativePrecision?: number;
}

export function computeKpis({
  metrics,
  weeks,
  relativePrecision = DEFAULT_RELATIVE_PRECISION,
}: ComputeKpisInput): KpiSummary {
  return kpisFromSums(metrics, sumRecords(weeks, metrics), relativePrecision);
}

/** The summary from the sums alone (see pooled-sums.ts): the same figures wherever they were summed. */
export function kpisFromSums(
  metrics: readonly MetricDefinition[],
  pooled: PooledSums,
  relativePrecision = DEFAULT_RELATIVE_PRECISION,
): KpiSummary {
  assertRelativePrecision(relativePrecision);
  const counts = (numeratorKey: string, denominatorKey: string) =>
    pooled.pairs[pairKeyOf({ numeratorKey, denominatorKey })] ?? NO_COUNTS;
  // Plain, not prototype-free: it reaches client components. Read it with own().
  const totals: Record<string, number> = {};
  for (const metric of metrics) {
    const sum = Object.hasOwn(pooled.sums, metric.key) ? pooled.sums[metric.key] : undefined;
    if (sum !== undefined || !metric.retired) totals[metric.key] = sum ?? 0;
  }
  const ratios = ratioDefinitions(metrics).map((definition): KpiRatio => {
    const { numerator, denominator, calendarWeeks } = counts(
      definition.numeratorKey,
      definition.denominatorKey,
    );
    const estimate = estimateRatio(numerator, denominator);
    return {
      ...definition,
      ...estimate,
      weeks: calendarWeeks,
      ...dataSufficiency(estimate, calendarWeeks, relativePrecision),
    };
  });
  const appointmentsPerCall = counts("appointments", "calls");
  return {
    weeksWithData: pooled.weeksWithData,
    weeksOff: pooled.weeksOff,
    totals,
    ratios,
    derived: {
      callsPerHour: rateOf(counts("calls", "hours")),
      minutesPerCall: rateOf(counts("talkMinutes", "calls")),
      // The inverse of appointmentsPerCall, pooled over the same weeks.
      callsPerAppointment: rateOf({
        ...appointmentsPerCall,
        numerator: appointmentsPerCall.denominator,
        denominator: appointmentsPerCall.numerator,
      }),
    },
  };
}

/**
 * Whether a pooled ratio is precise enough, and what more it takes: in denominator units at
 * the current rate, and in weeks at the pace of the `weeks` it pooled ("about 6 more weeks at
 * this pace").
 */
export function dataSufficiency(
  estimate: RatioEstimate,
  weeks: number,
  relativePrecision = DEFAULT_RELATIVE_PRECISION,
): DataSufficiency {
  assertRelativePrecision(relativePrecision);
  const { numerator, denominator, value, ci95 } = estimate;
  if (ci95 === null || value === null || value <= 0) {
    return { enoughData: false, additionalDenominatorNeeded: null, additionalWeeksNeeded: null };
  }
  const targetHalfWidth = relativePrecision * value;
  const halfWidth = wilsonHalfWidth(numerator, denominator) ?? Number.POSITIVE_INFINITY;
  const additional = additionalTrialsForHalfWidth(numerator, denominator, targetHalfWidth) ?? 0;
  const perWeek = weeks > 0 ? denominator / weeks : 0;
  return {
    enoughData: halfWidth <= targetHalfWidth,
    additionalDenominatorNeeded: additional,
    additionalWeeksNeeded: additional === 0 ? 0 : perWeek > 0 ? Math.ceil(additional / perWeek) : null,
  };
}

function assertRelativePrecision(relativePrecision: number): void {
  if (!(relativePrecision > 0 && relativePrecision <= 1)) {
    throw new RangeError(`relativePrecision must be above 0 and at most 1, got ${relativePrecision}.`);
  }
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
