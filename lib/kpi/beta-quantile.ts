// Quantiles of the Beta distribution: the 2.5% and 97.5% points of an uncertain rate, e.g. the
// appointments-per-call rate Beta(1 + appointments, 1 + calls - appointments) of the what-if.
import { logBeta } from "./beta-binomial";

/** The regularized incomplete beta function I_x(a, b) = P(X <= x) for X ~ Beta(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  assertParameters(a, b);
  if (Number.isNaN(x)) throw new RangeError("x is not a number.");
  return cdf(x, a, b, logBeta(a, b));
}

function assertParameters(a: number, b: number): void {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`Beta parameters must be finite and above 0, got ${a} and ${b}.`);
  }
}

/** betaCdf with ln B(a, b) given: the quantile's bisection takes it once, not 60 times. */
function cdf(x: number, a: number, b: number, logBetaAB: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - logBetaAB);
  // The continued fraction converges fast on the side of the mean it is evaluated on.
  return x < (a + 1) / (a + b + 2)
    ? (front * continuedFraction(x, a, b)) / a
    : 1 - (front * continuedFraction(1 - x, b, a)) / b;
}

/** The x with P(X <= x) = p for X ~ Beta(a, b), by bisection (the CDF is monotone). */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be within [0, 1], got ${p}.`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  assertParameters(a, b);
  const logBetaAB = logBeta(a, b);
  let low = 0;
  let high = 1;
  // 60 halvings bring the bracket below 1e-18: beyond double precision near any rate.
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (cdf(middle, a, b, logBetaAB) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** Lentz's method for the continued fraction of I_x(a, b). */
function continuedFraction(x: number, a: number, b: number): number {
  const TINY = 1e-300;
  const EPSILON = 1e-15;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 100_000; m++) {
    const m2 = 2 * m;
    // Even step.
    let numerator = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    result *= d * c;
    // Odd step.
    numerator = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + numerator / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < EPSILON) return result;
  }
  throw new Error("betaCdf: the continued fraction did not converge (bug).");
}
