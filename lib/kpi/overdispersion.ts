// How much more a rate varies between units (weeks, reps) than binomial luck explains.
// The intra-class correlation rho of a beta-binomial: a unit's rate varies around the mean
// with variance rho * mu * (1 - mu); rho = 0 is pure luck, rho -> 1 is rates all over the place.
import { extraWeeklyVariance, type WeeklyTrials } from "./week-variation";

/** Successes of trials: one unit (a week, a rep). */
export type Counts = WeeklyTrials;

/**
 * rho = tau^2 / (mu (1 - mu)), with tau^2 the method-of-moments variance of the units' true
 * rates beyond binomial luck (extraWeeklyVariance, the estimate the what-if uses too). Returns
 * 0 when the estimate is at or below 0 (no variation beyond luck) or cannot be made: fewer than
 * two units with trials, or a pooled rate of exactly 0 or 1 (nothing varies).
 */
export function overdispersion(units: readonly Counts[]): number {
  const used = units.filter((u) => u.trials > 0);
  const total = used.reduce((sum, u) => sum + u.trials, 0);
  const pooled = total > 0 ? used.reduce((sum, u) => sum + u.successes, 0) / total : 0;
  const tau2 = extraWeeklyVariance(used);
  if (pooled <= 0 || pooled >= 1 || !(tau2 > 0)) return 0;
  // Above 1 the moments have no beta-binomial; 0.99 keeps every beta proper.
  return Math.min(0.99, tau2 / (pooled * (1 - pooled)));
}

/** How many independent trials n trials spread over units are worth once rho is counted. */
export function effectiveTrials(units: readonly Counts[], rho: number): number {
  const total = sum(units.map((u) => u.trials));
  if (total === 0) return 0;
  const sumOfSquares = sum(units.map((u) => u.trials ** 2));
  // The variance of the pooled rate is mu(1-mu) [1 + rho (sum n_i^2 / N - 1)] / N.
  return total / (1 + rho * (sumOfSquares / total - 1));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
