// Appointment forecasts: what the next weeks will bring at a planned number of calls, with an
// 80% band that is honest about two things. (1) The rate is only estimated: its posterior is a
// beta over the pooled weeks. (2) Weeks differ beyond luck (a good week, a bad list): the
// weekly rate varies around the long-run rate with the overdispersion rho that the weekly
// records show (method of moments, see overdispersion.ts); rho <= 0 means binomial luck only.
// A binomial-only band ignores (2) and holds about two weeks in three instead of four in five.
//
// The predictive of a sum of beta-binomial weeks that share one uncertain rate is matched
// (mean and variance) by one beta-binomial over all their calls, which keeps the arithmetic
// exact for binomial weeks and within a count or so elsewhere, at the cost of one pmf.
import { betaBinomialLogPmf, logGamma } from "./beta-binomial";
import type { BetaPrior } from "./long-run";
import { type Counts, effectiveTrials, overdispersion } from "./overdispersion";
import { InsufficientDataError } from "./what-if";

/** The whole-number band of a forecast: p10 and p90 of the predictive distribution. */
export interface ForecastBand {
  expected: number;
  p10: number;
  p90: number;
}

export interface ForecastInput {
  /** The selection's weeks that recorded both calls and appointments (one entry per week). */
  history: readonly Counts[];
  /** Planned calls in each future week (may be fractional: an average). */
  callsPerWeek: number;
  /** How many weeks ahead (1 or more). */
  weeks: number;
  /** The team's prior for one rep (empirical Bayes); default uniform, Beta(1, 1). */
  prior?: BetaPrior | null;
  /**
   * How much a week's calls vary (a standard deviation; 0 = exactly the plan). A typed plan is
   * kept; a default plan (the recent average) is not a promise, and its weeks vary as they did.
   */
  callsSpread?: number;
  /** Binomial luck only, as if weeks never differed: for measuring what that misses. */
  ignoreWeekToWeekVariation?: boolean;
}

export interface Forecast {
  /** The rate the forecast uses: the posterior mean of appointments per call. */
  rate: number;
  /** Week-to-week variation beyond luck that the history shows (0: binomial only). */
  overdispersion: number;
  /** One band per future week (the same plan every week gives the same band). */
  weeks: ForecastBand[];
  total: ForecastBand;
}

const UNIFORM: BetaPrior = { alpha: 1, beta: 1 };

export function forecastAppointments({
  history,
  callsPerWeek,
  weeks,
  prior = null,
  callsSpread = 0,
  ignoreWeekToWeekVariation = false,
}: ForecastInput): Forecast {
  if (!Number.isInteger(weeks) || weeks < 1)
    throw new RangeError(`weeks must be a whole number >= 1, got ${weeks}.`);
  if (!(callsPerWeek >= 0) || !Number.isFinite(callsPerWeek)) {
    throw new RangeError(`callsPerWeek must be a number >= 0, got ${callsPerWeek}.`);
  }
  if (!(callsSpread >= 0) || !Number.isFinite(callsSpread)) {
    throw new RangeError(`callsSpread must be a number >= 0, got ${callsSpread}.`);
  }
  const used = history.filter((w) => w.trials > 0);
  if (used.length === 0) throw new InsufficientDataError("noCalls");
  const rho = ignoreWeekToWeekVariation ? 0 : overdispersion(used);
  const trials = effectiveTrials(used, rho);
  const pooled = used.reduce((total, w) => total + w.successes, 0) / used.reduce((t, w) => t + w.trials, 0);
  // The pooled weeks are worth `trials` independent calls once their extra variation is counted.
  const { alpha, beta } = prior ?? UNIFORM;
  const a = alpha + pooled * trials;
  const b = beta + (1 - pooled) * trials;
  const rate = a / (a + b);
  const rateVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));

  const band = (periodWeeks: number): ForecastBand => {
    const calls = callsPerWeek * periodWeeks;
    const expected = calls * rate;
    if (calls === 0) return { expected: 0, p10: 0, p90: 0 };
    // Without a plan, the weeks' calls vary too: independent weeks, so the total's calls
    // spread by sqrt(T) times a week's.
    const nodes = callNodes(callsSpread > 0).map(({ z, weight }) => ({
      periodCalls: Math.max(0, calls + z * callsSpread * Math.sqrt(periodWeeks)),
      weight,
    }));
    const pmf = new Float64Array(Math.ceil(Math.max(...nodes.map((node) => node.periodCalls))) + 2);
    for (const { periodCalls, weight } of nodes) {
      if (periodCalls === 0) {
        pmf[0] = (pmf[0] ?? 0) + weight;
        continue;
      }
      const perWeek = periodCalls / periodWeeks;
      const spread = matchedOverdispersion(perWeek, periodWeeks, rate, rateVariance, rho);
      addPredictivePmf(pmf, periodCalls, rate, spread, weight);
    }
    const [p10, p90] = quantiles(pmf, [0.1, 0.9]) as [number, number];
    return { expected, p10, p90 };
  };
  const week = band(1);
  return {
    rate,
    overdispersion: rho,
    weeks: Array.from({ length: weeks }, () => ({ ...week })),
    total: band(weeks),
  };
}

/**
 * The rho of one beta-binomial over T weeks of n calls with the variance of the real thing:
 * Var = T n E[mu(1-mu)] (1 + (n-1) rho) + T^2 n^2 Var(mu), the first term the weeks' own
 * variation (independent), the second the shared uncertainty of the rate (it does not average
 * out over weeks, which is why a total's band is wider than the sum of its weeks' luck).
 */
function matchedOverdispersion(
  n: number,
  weeks: number,
  mean: number,
  rateVariance: number,
  rho: number,
): number {
  const total = n * weeks;
  const bernoulli = mean * (1 - mean);
  const variance = total * (bernoulli - rateVariance) * (1 + (n - 1) * rho) + total ** 2 * rateVariance;
  if (total <= 1) return 0;
  const matched = (variance / (total * bernoulli) - 1) / (total - 1);
  return Math.min(0.999, Math.max(0, matched));
}

/** Standard normal nodes from -4 to 4 by 0.5, weighted by the density: unplanned calls vary. */
const NORMAL_NODES = (() => {
  const nodes = Array.from({ length: 17 }, (_, i) => ({
    z: -4 + i / 2,
    weight: Math.exp(-((-4 + i / 2) ** 2) / 2),
  }));
  const mass = nodes.reduce((total, node) => total + node.weight, 0);
  return nodes.map((node) => ({ z: node.z, weight: node.weight / mass }));
})();
const FIXED_CALLS = [{ z: 0, weight: 1 }];

function callNodes(varying: boolean) {
  return varying ? NORMAL_NODES : FIXED_CALLS;
}

/** Below this share of the most likely count, a count adds nothing a quantile could notice. */
const NEGLIGIBLE = 1e-13;

/**
 * Adds `weight` times the pmf of a beta-binomial with `calls` trials, mean `mean` and
 * intra-class correlation `rho` to `pmf` (indexed by count); fractional calls mix the two whole
 * numbers around them. From the mode outwards by the ratio of neighbouring terms, until the
 * terms are negligible: a handful of logarithms per pmf, however many calls.
 */
function addPredictivePmf(pmf: Float64Array, calls: number, mean: number, rho: number, weight: number) {
  const lower = Math.floor(calls);
  const upperWeight = calls - lower;
  for (const [n, share] of [
    [lower, 1 - upperWeight],
    [lower + 1, upperWeight],
  ] as const) {
    if (share <= 0) continue;
    const mode = Math.min(n, Math.max(0, Math.round(n * mean)));
    const peak = weight * share * Math.exp(logPmf(mode, n, mean, rho));
    const ratio = neighbourRatio(n, mean, rho);
    pmf[mode] = (pmf[mode] ?? 0) + peak;
    let term = peak;
    for (let x = mode; x < n && term > peak * NEGLIGIBLE; x++) {
      term *= ratio(x);
      pmf[x + 1] = (pmf[x + 1] ?? 0) + term;
    }
    term = peak;
    for (let x = mode; x > 0 && term > peak * NEGLIGIBLE; x--) {
      term /= ratio(x - 1);
      pmf[x - 1] = (pmf[x - 1] ?? 0) + term;
    }
  }
}

/** P(X = x + 1) / P(X = x) of the binomial (rho 0) or the beta-binomial. */
function neighbourRatio(n: number, mean: number, rho: number): (x: number) => number {
  if (rho <= 0 || mean <= 0 || mean >= 1) {
    const odds = mean / (1 - mean);
    return (x) => ((n - x) / (x + 1)) * odds;
  }
  const weight = 1 / rho - 1;
  const alpha = mean * weight;
  const beta = (1 - mean) * weight;
  return (x) => ((n - x) * (x + alpha)) / ((x + 1) * (n - x - 1 + beta));
}

/** Whole-number quantiles: the smallest x with P(X <= x) >= level. */
function quantiles(pmf: Float64Array, levels: readonly number[]): number[] {
  const mass = pmf.reduce((total, p) => total + p, 0);
  return levels.map((level) => {
    let cumulative = 0;
    for (let x = 0; x < pmf.length; x++) {
      cumulative += (pmf[x] as number) / mass;
      if (cumulative >= level - 1e-12) return x;
    }
    return pmf.length - 1;
  });
}

function logPmf(x: number, n: number, mean: number, rho: number): number {
  if (rho <= 0 || mean <= 0 || mean >= 1) return binomialLogPmf(x, n, mean);
  const weight = 1 / rho - 1;
  return betaBinomialLogPmf(x, n, mean * weight, (1 - mean) * weight);
}

function binomialLogPmf(x: number, n: number, p: number): number {
  if (p <= 0) return x === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (p >= 1) return x === n ? 0 : Number.NEGATIVE_INFINITY;
  const choose = logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1);
  return choose + x * Math.log(p) + (n - x) * Math.log(1 - p);
}

/** How much weekly calls varied: their sample standard deviation (0 with fewer than two weeks). */
export function callsSpreadOf(callsByWeek: readonly number[]): number {
  if (callsByWeek.length < 2) return 0;
  const mean = callsByWeek.reduce((total, calls) => total + calls, 0) / callsByWeek.length;
  const squares = callsByWeek.reduce((total, calls) => total + (calls - mean) ** 2, 0);
  return Math.sqrt(squares / (callsByWeek.length - 1));
}

/** The default plan: the average calls of the last four weeks that recorded calls. */
export function defaultCallsPerWeek(callsByWeek: readonly number[], lastWeeks = 4): number | null {
  const recent = callsByWeek.slice(-lastWeeks);
  if (recent.length === 0) return null;
  return recent.reduce((total, calls) => total + calls, 0) / recent.length;
}
