// "Expected long-run" ratio (empirical Bayes): a rep's own ratio pulled toward the team's by
// as much as the data warrant. The team's reps give a beta prior (method of moments: the
// spread of their ratios beyond luck); a rep with few calls moves far toward the team's
// ratio, a rep with many stays near their own.
import { type Counts, overdispersion } from "./overdispersion";

export interface BetaPrior {
  alpha: number;
  beta: number;
}

/** Fewer reps than this give no usable estimate of how much reps differ. */
export const MIN_REPS_FOR_PRIOR = 3;

/**
 * The team's prior for one ratio, from each rep's pooled counts; null with fewer than three
 * reps with a denominator, or a team ratio of exactly 0 or 1. Its mean is the team's pooled
 * ratio; its weight (alpha + beta, in denominator units) is 1/rho - 1, where rho is how much
 * the reps' ratios differ beyond luck. A handful of reps often show no difference beyond luck
 * (rho = 0, an infinitely strong prior) by chance alone, so the weight never exceeds the
 * average rep's own denominator: the team never outweighs a typical rep's own record.
 */
export function fitTeamPrior(reps: readonly Counts[]): BetaPrior | null {
  const used = reps.filter((r) => r.trials > 0);
  if (used.length < MIN_REPS_FOR_PRIOR) return null;
  const trials = used.reduce((total, r) => total + r.trials, 0);
  const successes = used.reduce((total, r) => total + r.successes, 0);
  const mean = successes / trials;
  if (mean <= 0 || mean >= 1) return null;
  const rho = overdispersion(used);
  const cap = trials / used.length;
  const weight = rho > 0 ? Math.min(1 / rho - 1, cap) : cap;
  return { alpha: mean * weight, beta: (1 - mean) * weight };
}

export interface LongRunRatio {
  /** The posterior mean (alpha + numerator) / (alpha + beta + denominator). */
  value: number;
  /** How much of the value is the team's (0..1): the prior's weight over the total weight. */
  teamShare: number;
}

/** The rep's expected long-run ratio; null without a prior. */
export function expectedLongRun(own: Counts, prior: BetaPrior | null): LongRunRatio | null {
  if (prior === null) return null;
  if (!(own.trials >= 0) || !(own.successes >= 0)) throw new RangeError("Counts must be >= 0.");
  const weight = prior.alpha + prior.beta;
  return {
    value: (prior.alpha + own.successes) / (weight + own.trials),
    teamShare: weight / (weight + own.trials),
  };
}
