// The beta-binomial distribution: successes in n trials when the success rate itself is
// uncertain, Beta(alpha, beta). Computed in log space so that counts in the tens of thousands
// neither overflow nor lose their precision.

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
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln P(X = x) for X ~ BetaBinomial(n, alpha, beta). */
export function betaBinomialLogPmf(x: number, n: number, alpha: number, beta: number): number {
  assertParameters(n, alpha, beta);
  if (!Number.isInteger(x) || x < 0 || x > n) return Number.NEGATIVE_INFINITY;
  const logBinomial = logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1);
  return logBinomial + logBeta(x + alpha, n - x + beta) - logBeta(alpha, beta);
}

export function betaBinomialPmf(x: number, n: number, alpha: number, beta: number): number {
  return Math.exp(betaBinomialLogPmf(x, n, alpha, beta));
}

/** P(X >= k), summing whichever tail has fewer terms (k is usually a handful). */
export function betaBinomialAtLeast(k: number, n: number, alpha: number, beta: number): number {
  assertParameters(n, alpha, beta);
  const threshold = Math.ceil(k);
  if (threshold <= 0) return 1;
  if (threshold > n) return 0;
  if (n - threshold + 1 < threshold) {
    let upper = 0;
    for (let x = threshold; x <= n; x++) upper += betaBinomialPmf(x, n, alpha, beta);
    return Math.min(1, upper);
  }
  let lower = 0;
  for (let x = 0; x < threshold; x++) lower += betaBinomialPmf(x, n, alpha, beta);
  return Math.min(1, Math.max(0, 1 - lower));
}

function assertParameters(n: number, alpha: number, beta: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, got ${n}.`);
  if (!(alpha > 0) || !(beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) {
    throw new RangeError(`alpha and beta must be finite and above 0, got ${alpha} and ${beta}.`);
  }
}
