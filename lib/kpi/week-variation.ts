// Week-to-week variation beyond luck. Reps' weekly appointment rates vary more than a binomial
// with one fixed rate explains (lead lists, holidays, campaigns). A chance of reaching a target
// that counts only the rate's uncertainty is too sure of itself; one that counts this extra
// variance is honest about how a single week can go.

/** One week (of one rep) with both parts recorded: appointments (successes) of calls (trials). */
export interface WeeklyTrials {
  trials: number;
  successes: number;
}

/**
 * Method-of-moments estimate of tau^2, the variance of the true weekly rate beyond binomial
 * luck: with p the pooled rate, N the total trials and n_i the weeks' trials,
 *   E[sum n_i (p_i - p)^2] = (k - 1) p (1 - p) + tau^2 (N - sum n_i^2 / N).
 * The raw estimate is returned (it may be 0 or below: the weeks vary no more than luck);
 * weeks without trials are skipped, and fewer than two weeks give 0.
 */
export function extraWeeklyVariance(weeks: readonly WeeklyTrials[]): number {
  const counted = weeks.filter((week) => week.trials > 0);
  for (const week of counted) {
    if (!(week.successes >= 0 && week.successes <= week.trials)) {
      throw new RangeError(`${week.successes} of ${week.trials} is no proportion.`);
    }
  }
  if (counted.length < 2) return 0;
  let trials = 0;
  let successes = 0;
  let squaredTrials = 0;
  for (const week of counted) {
    trials += week.trials;
    successes += week.successes;
    squaredTrials += week.trials * week.trials;
  }
  const pooled = successes / trials;
  let weightedSquares = 0;
  for (const week of counted) weightedSquares += week.trials * (week.successes / week.trials - pooled) ** 2;
  const spreadOfSizes = trials - squaredTrials / trials;
  if (!(spreadOfSizes > 0)) return 0;
  return (weightedSquares - (counted.length - 1) * pooled * (1 - pooled)) / spreadOfSizes;
}

export interface BetaParameters {
  alpha: number;
  beta: number;
}

/**
 * The rate of an upcoming stretch of `weeksSpanned` weeks as a Beta: the pooled counts on a
 * uniform prior, Beta(1 + successes, 1 + trials - successes), widened by the extra weekly
 * variance (averaged over the weeks spanned) with the same mean. With extraVariance <= 0 it is
 * exactly that posterior, so the answer is exactly the plain beta-binomial.
 */
export function rateWithWeeklyVariation(
  { successes, trials }: WeeklyTrials,
  extraVariance: number,
  weeksSpanned = 1,
): BetaParameters {
  const alpha = 1 + successes;
  const beta = 1 + trials - successes;
  if (!(extraVariance > 0)) return { alpha, beta };
  if (!(weeksSpanned >= 1)) throw new RangeError(`weeksSpanned must be >= 1, got ${weeksSpanned}.`);
  const total = alpha + beta;
  const mean = alpha / total;
  const posteriorVariance = (alpha * beta) / (total * total * (total + 1));
  const variance = posteriorVariance + extraVariance / weeksSpanned;
  // Moment matching: a Beta with this mean and variance has alpha + beta = m(1 - m)/v - 1. A
  // variance at or above m(1 - m) has no Beta; keep the sum just above 0 (a rate near 0 or 1).
  const concentration = Math.max((mean * (1 - mean)) / variance - 1, 1e-6);
  return { alpha: mean * concentration, beta: (1 - mean) * concentration };
}
