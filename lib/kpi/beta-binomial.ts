// The beta-binomial distribution: successes in n trials when the success rate itself is
// uncertain, Beta(alpha, beta). Computed in log space, lnΓ differences taken as ratios
// (logGammaRatio), so that counts in the millions neither overflow nor lose their precision;
// tails are summed by ratios of neighbouring terms, or by a series whose length does not grow
// with n, so that they cost microseconds however many trials (see betaBinomialAtLeast).

/** Lanczos approximation (g = 7, 9 terms): about 15 significant digits. */
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs x > 0, got ${x}.`);
  // The approximation is for x >= 0.5; below, Γ(x) = Γ(x + 1) / x.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const shifted = x - 1;
  let series = LANCZOS_COEFFICIENTS[0] ?? 0;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) {
    series += (LANCZOS_COEFFICIENTS[i] ?? 0) / (shifted + i);
  }
  const t = shifted + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

export function logBeta(a: number, b: number): number {
  const [small, large] = a <= b ? [a, b] : [b, a];
  return lnGamma(small) - logGammaRatio(large, small);
}

/** lnΓ(x) as the ratio Γ(x) / Γ(1): a little closer than logGamma's Lanczos sum (1e-16, not 1e-15). */
function lnGamma(x: number): number {
  return logGammaRatio(1, x - 1, x);
}

/** From here on lnΓ is Stirling's series, and differences of lnΓ are taken before rounding. */
const STIRLING_FROM = 10;
/** B_2k / (2k (2k - 1)), k = 1..8: the series' error at x >= 10 is below 2e-18. */
const STIRLING_COEFFICIENTS = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
];

/** lnΓ(x) - ((x - 1/2) ln x - x + ln(2π) / 2), for x >= STIRLING_FROM. */
function stirlingRest(x: number): number {
  const inverseSquare = 1 / (x * x);
  let rest = 0;
  for (let i = STIRLING_COEFFICIENTS.length - 1; i >= 0; i--) {
    rest = rest * inverseSquare + (STIRLING_COEFFICIENTS[i] ?? 0);
  }
  return rest / x;
}

/**
 * lnΓ(y + h) - lnΓ(y) for y > 0 and y + h > 0. Two logGammas of large arguments are large
 * numbers whose difference keeps only the digits they share (about 1e-10 lost near 1e5); from
 * Stirling's series the difference is (y - 1/2) ln(1 + h / y) + h (ln(y + h) - 1) plus a small
 * rest, rounded at the size of h ln y instead of y ln y. Below STIRLING_FROM both arguments
 * move up by Γ(t + 1) = t Γ(t), one quotient at a time. `z` is y + h: give it where that sum
 * would lose the digits of a small z (y = 1, h = a - 1 for a tiny a).
 */
export function logGammaRatio(y: number, h: number, z = y + h): number {
  let below = 0;
  let from = y;
  let to = z;
  for (; from < STIRLING_FROM || to < STIRLING_FROM; from++, to++) {
    below += Math.abs(h) < from / 2 ? Math.log1p(h / from) : Math.log(to / from);
  }
  return (
    (from - 0.5) * Math.log1p(h / from) +
    h * (Math.log(to) - 1) +
    (stirlingRest(to) - stirlingRest(from)) -
    below
  );
}

/** ln P(X = x) for X ~ BetaBinomial(n, alpha, beta). */
export function betaBinomialLogPmf(x: number, n: number, alpha: number, beta: number): number {
  assertParameters(n, alpha, beta);
  if (!Number.isInteger(x) || x < 0 || x > n) return Number.NEGATIVE_INFINITY;
  return logPmf(x, n, alpha, beta);
}

/**
 * C(n, x) Γ(x + a) Γ(n - x + b) Γ(a + b) / (Γ(n + a + b) Γ(a) Γ(b)), its logGammas paired into
 * ratios (logGammaRatio) so that what is rounded is as small as can be: each ratio is rounded
 * at the size of its shift times a log, so the pairing with the smallest shifts wins. By the
 * shifts a - 1 and b - 1 where n dwarfs a + b (a long horizon on a short history); by x and
 * n - x where a + b dwarfs n; and by x + a (or n - x + b) at the edge of a J-shaped pmf, where
 * P(X = 0) is close to 1 and its complement must keep its digits.
 */
function logPmf(x: number, n: number, a: number, b: number): number {
  const byParameters = Math.abs(a - 1) + Math.abs(b - 1) + Math.abs(a + b - 1);
  const left = x + a;
  const right = n - x + b;
  const smallest = Math.min(byParameters, n, left, right);
  if (smallest === byParameters) {
    return (
      logGammaRatio(x + 1, a - 1, x + a) +
      logGammaRatio(n - x + 1, b - 1, n - x + b) -
      logGammaRatio(n + 1, a + b - 1, n + a + b) -
      logBeta(a, b)
    );
  }
  const choose = logChoose(n, x);
  if (smallest === n) {
    return choose + logGammaRatio(a, x) + logGammaRatio(b, n - x) - logGammaRatio(a + b, n);
  }
  if (smallest === left) {
    return choose + logGammaRatio(a, x) - logGammaRatio(right, left, n + a + b) + logGammaRatio(b, a);
  }
  return choose + logGammaRatio(b, n - x) - logGammaRatio(left, right, n + a + b) + logGammaRatio(a, b);
}

/** ln C(n, x), as the ratio Γ(n + 1) / Γ(n - m + 1) over m! for m the smaller of x and n - x. */
function logChoose(n: number, x: number): number {
  const fewer = Math.min(x, n - x);
  return logGammaRatio(n - fewer + 1, fewer) - logGammaRatio(1, fewer);
}

export function betaBinomialPmf(x: number, n: number, alpha: number, beta: number): number {
  return Math.exp(betaBinomialLogPmf(x, n, alpha, beta));
}

/**
 * P(X >= k). Of the two tails the one beyond the mean is summed first: usually the smaller, it
 * keeps its digits however small it is; the other is its complement where that keeps them too
 * (or where the small tail's own sum is long: then to about 1e-15). Each tail by the shorter of
 * two sums (lowerTail): a few hundred terms where the sum of every pmf took up to n, so that a
 * long horizon (a fractional target over 100 periods, n in the millions) costs no more than a
 * short one. Only where both tails are long both ways (a U-shaped pmf over millions of trials:
 * rates that vary beyond any Beta) is the shorter tail summed whole, at a few ns a term.
 */
export function betaBinomialAtLeast(k: number, n: number, alpha: number, beta: number): number {
  assertParameters(n, alpha, beta);
  const threshold = Math.ceil(k);
  if (threshold <= 0) return 1;
  if (threshold > n) return 0;
  // X >= threshold is n - X < n - threshold + 1, and n - X ~ BetaBinomial(n, beta, alpha).
  const upper = (budget: number) => lowerTail(n - threshold + 1, n, beta, alpha, budget);
  const lower = (budget: number) => lowerTail(threshold, n, alpha, beta, budget);
  const upperFirst = threshold > (n * alpha) / (alpha + beta);
  const above = upperFirst ? upper(QUICK) : null;
  if (above !== null) return clampProbability(above);
  const below = lower(QUICK);
  // 1 - below keeps about 15 - 3 significant digits of a chance of at least 0.001.
  if (below !== null && (upperFirst || below <= 0.999)) return clampProbability(1 - below);
  const small = upperFirst ? null : upper(QUICK);
  if (small !== null) return clampProbability(small);
  if (below !== null) return clampProbability(1 - below);
  return clampProbability(n - threshold + 1 < threshold ? whole(upper) : 1 - whole(lower));
}

/** A tail without a budget: the term-by-term sum always ends (after at most K terms). */
function whole(tail: (budget: number) => number | null): number {
  return tail(Number.POSITIVE_INFINITY) as number;
}

function clampProbability(p: number): number {
  return Math.min(1, Math.max(0, p));
}

/** Terms a sum may take before the other way of summing (or the other tail) is tried. */
const QUICK = 2 ** 15;
/** Below this many terms the pmf is summed term by term without trying the series. */
const SHORT_SUM = 64;
/** Terms the series may always take before the term-by-term sum. */
const SERIES_TRY = 1024;
/** A sum stops once what remains is provably below this share of it. */
const NEGLIGIBLE = 2 ** -54;

/**
 * P(X < K) for 1 <= K <= n by the shorter of two sums, or null where both take more than
 * `budget` terms. Term by term over x < K: about as many terms as the pmf is wide (its standard
 * deviations: millions when n is large and a + b small, as for a fractional target over many
 * periods). Or by the series in j of lowerTailSeries: about sqrt(a + b) terms, however large n
 * is. The series is tried first where the pmf is wide, and gives way where it is no shorter.
 */
function lowerTail(K: number, n: number, a: number, b: number, budget: number): number | null {
  const sum = a + b;
  const sd = Math.sqrt((n * a * b * (sum + n)) / (sum * sum * (sum + 1)));
  const termsByTerm = Math.min(K, 2 * Math.ceil(12 * sd) + SHORT_SUM);
  if (termsByTerm > SHORT_SUM) {
    // The standard deviation misjudges a heavy tail far from the mode: a few terms more.
    const tried = Math.min(budget, Math.max(termsByTerm, SERIES_TRY));
    const bySeries = lowerTailSeries(K, n, a, b, tried);
    if (bySeries !== null) return bySeries;
    const byTerm = lowerTailByTerm(K, n, a, b, budget);
    return byTerm ?? (tried < budget ? lowerTailSeries(K, n, a, b, budget) : null);
  }
  return lowerTailByTerm(K, n, a, b, budget);
}

/**
 * P(X < K) as the sum of pmf(x), x < K, or null past `budget` terms (per stretch). One pmf
 * from logGamma, the rest by the ratio pmf(x + 1) / pmf(x) = (n - x)(x + a) / ((x + 1)(n - x - 1 + b)),
 * which is at least 1 exactly where (a - 1)n + 1 - b - x(a + b - 2) >= 0, linear in x: the pmf
 * rises then falls (a + b > 2) or falls then rises. The range splits into stretches that fall
 * away from their largest term; each is summed from there outward until the rest cannot
 * matter, so no term overflows and a tail far from the mode costs a handful of terms.
 */
function lowerTailByTerm(K: number, n: number, a: number, b: number, budget: number): number | null {
  const last = K - 1;
  const slope = a + b - 2;
  const level = (a - 1) * n + 1 - b;
  if (slope > 0) {
    // Rises while x < level / slope: the largest term of [0, last] is the mode, or last.
    const mode = Math.min(last, Math.max(0, Math.floor(level / slope) + 1));
    const rest = sumDownward(mode, 0, n, a, b, budget) + sumUpward(mode, last, n, a, b, budget);
    return Number.isNaN(rest) ? null : Math.exp(logPmf(mode, n, a, b)) * (1 + rest);
  }
  // Falls while x < level / slope (everywhere or nowhere when slope = 0): the largest terms
  // are at the ends.
  const fallsTo = slope < 0 ? Math.min(last, Math.max(0, Math.ceil(level / slope))) : level >= 0 ? 0 : last;
  const logFirst = logPmf(0, n, a, b);
  const falling = 1 + sumUpward(0, fallsTo, n, a, b, budget);
  if (fallsTo === last) return Number.isNaN(falling) ? null : Math.exp(logFirst) * falling;
  const logLast = logPmf(last, n, a, b);
  const rising = 1 + sumDownward(last, fallsTo + 1, n, a, b, budget);
  if (Number.isNaN(falling + rising)) return null;
  const top = Math.max(logFirst, logLast);
  return Math.exp(top) * (falling * Math.exp(logFirst - top) + rising * Math.exp(logLast - top));
}

/**
 * Σ pmf(x) / pmf(from) over x = from + 1..to, the pmf not rising there; NaN past `budget`
 * terms. Without the first term (1), which the caller adds last: the small rest keeps its digits.
 */
function sumUpward(from: number, to: number, n: number, a: number, b: number, budget: number): number {
  let term = 1;
  let rest = 0;
  const stop = Math.min(to, from + budget);
  let x = from;
  for (; x < stop; x++) {
    term *= ((n - x) * (x + a)) / ((x + 1) * (n - x - 1 + b));
    rest += term;
    // Each of the to - x - 1 terms left is at most this one.
    if (term * (to - x) <= NEGLIGIBLE * (1 + rest)) return rest;
  }
  return x === to ? rest : Number.NaN;
}

/** Σ pmf(x) / pmf(from) over x = from - 1 down to `to`, the pmf not rising on the way down. */
function sumDownward(from: number, to: number, n: number, a: number, b: number, budget: number): number {
  let term = 1;
  let rest = 0;
  const stop = Math.max(to, from - budget);
  let x = from;
  for (; x > stop; x--) {
    term *= (x * (n - x + b)) / ((n - x + 1) * (x - 1 + a));
    rest += term;
    if (term * (x - to) <= NEGLIGIBLE * (1 + rest)) return rest;
  }
  return x === to ? rest : Number.NaN;
}

/**
 * P(X < K) by a series in j, or null where it needs more than `maxTerms` terms. X < K is
 * "fewer than K of n uniform draws fall below the rate p ~ Beta(a, b)", which is p < U for U the
 * K-th smallest draw, U ~ Beta(K, n - K + 1). So P(X < K) = E[I_U(a, b)], and the power series
 * I_x(a, b) = Σ_j Γ(a + b + j) / (Γ(a + 1 + j) Γ(b)) x^(a + j) (1 - x)^b gives, term by term,
 *   L_j = Γ(a + b + j) / (Γ(a + 1 + j) Γ(b)) · B(K + a + j, n - K + 1 + b) / B(K, n - K + 1),
 *   L_(j+1) / L_j = (a + b + j)(K + a + j) / ((a + 1 + j)(n + 1 + a + b + j)).
 * That ratio is at least 1 exactly where j(n + 2 - K) + C <= 0 (C below): the terms rise to one
 * peak and fall for good, and the sum from the peak outward needs about sqrt(a + b) terms
 * however large n is. The rest after term j is P(BetaBinomial(n, a + j + 1, b) < K); it is
 * bounded from the ratios (seriesRestBound) before the sum stops.
 */
function lowerTailSeries(K: number, n: number, a: number, b: number, maxTerms: number): number | null {
  const c = (a + 1) * (n + 1 + a + b) - (a + b) * (K + a);
  const d = n + 2 - K;
  const peak = Math.max(0, Math.ceil(-c / d));
  if (peak > maxTerms) return null;
  // ln L_peak: Γ(a + b + j) / Γ(a + 1 + j) / Γ(b) · Γ(K + a + j) / Γ(K) · Γ(n - K + 1 + b) /
  // Γ(n - K + 1) · Γ(n + 1) / Γ(n + 1 + a + b + j), by ratios (logGammaRatio).
  const logPeak =
    logGammaRatio(a + 1 + peak, b - 1, a + b + peak) -
    lnGamma(b) +
    logGammaRatio(K, a + peak) +
    logGammaRatio(n - K + 1, b) -
    logGammaRatio(n + 1, a + b + peak);
  // Σ L_j / L_peak but the peak's own 1, added last (as in sumUpward).
  let rest = 0;
  // Down from the peak to j = 0: every term left is at most the last one added.
  let term = 1;
  for (let j = peak; j > 0; j--) {
    term *= ((a + j) * (n + a + b + j)) / ((a + b + j - 1) * (K + a + j - 1));
    rest += term;
    if (term * j <= NEGLIGIBLE * (1 + rest)) break;
  }
  // Up from the peak, with no last term: stop once the rest is bounded below NEGLIGIBLE.
  term = 1;
  let nextCheck = peak;
  for (let j = peak; ; j++) {
    if (j - peak > maxTerms) return null;
    term *= ((a + b + j) * (K + a + j)) / ((a + 1 + j) * (n + 1 + a + b + j));
    rest += term;
    if (term <= NEGLIGIBLE * (1 + rest) && j >= nextCheck) {
      if (seriesRestBound(j + 1, term, K, n, a, b) <= NEGLIGIBLE * (1 + rest)) break;
      nextCheck = j + Math.max(16, j - peak);
    }
  }
  return Math.exp(logPeak) * (1 + rest);
}

/**
 * An upper bound on Σ L_m / L_peak over m > j for the series of lowerTailSeries, given
 * `term` = L_j / L_peak, j past the peak. Over a block of m the ratio is at most
 * max(f1) · f2(end), f1 = (a + b + m) / (a + 1 + m) being monotone and
 * f2 = (K + a + m) / (n + 1 + a + b + m) rising, so the block is within a geometric series;
 * blocks grow until the ratio is at most 1 - g / m for good (g > 1), where the terms fall at
 * least as (m0 / m)^g and the rest is at most term · m0 / (g - 1). Infinity where no such
 * bound is found.
 */
function seriesRestBound(j: number, term: number, K: number, n: number, a: number, b: number): number {
  const d = n + 2 - K;
  const c = (a + 1) * (n + 1 + a + b) - (a + b) * (K + a);
  // 1 - ratio(m) = (m d + c) / ((a + 1 + m)(n + 1 + a + b + m)) >= g / m where
  // (d - g) m^2 + (c - g (a + 1 + n + 1 + a + b)) m - g (a + 1)(n + 1 + a + b) >= 0.
  const g = (d + 1) / 2;
  const qa = d - g;
  const qb = c - g * (2 * a + b + n + 2);
  const qc = -g * (a + 1) * (n + 1 + a + b);
  const powerFrom = (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
  let bound = 0;
  let from = j;
  let at = term;
  for (let block = 0; block < 200; block++) {
    if (from >= powerFrom) return bound + (at * from) / (g - 1);
    if (at === 0) return bound;
    const to = from + Math.max(64, Math.ceil(from / 2));
    const f1 = Math.max((a + b + from) / (a + 1 + from), (a + b + to) / (a + 1 + to));
    const ratio = (f1 * (K + a + to)) / (n + 1 + a + b + to);
    if (!(ratio < 1)) return Number.POSITIVE_INFINITY;
    const fall = ratio ** (to - from);
    bound += (at * ratio * (1 - fall)) / (1 - ratio);
    at *= fall;
    from = to;
  }
  return Number.POSITIVE_INFINITY;
}

function assertParameters(n: number, alpha: number, beta: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, got ${n}.`);
  if (!(alpha > 0) || !(beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) {
    throw new RangeError(`alpha and beta must be finite and above 0, got ${alpha} and ${beta}.`);
  }
}
