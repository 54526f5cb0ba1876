import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  betaBinomialAtLeast,
  betaBinomialLogPmf,
  betaBinomialPmf,
  logGamma,
  logGammaRatio,
} from "./beta-binomial";

// Independent of Beta functions: Pólya's urn. Start with alpha "yes" and beta "no" balls; each
// draw puts back one more of the colour drawn. The number of "yes" in n draws is
// BetaBinomial(n, alpha, beta); build its distribution draw by draw.
function polyaUrn(n: number, alpha: number, beta: number): number[] {
  let distribution = [1];
  for (let draw = 0; draw < n; draw++) {
    const next = new Array<number>(draw + 2).fill(0);
    distribution.forEach((probability, yes) => {
      const pYes = (alpha + yes) / (alpha + beta + draw);
      next[yes + 1] = (next[yes + 1] ?? 0) + probability * pYes;
      next[yes] = (next[yes] ?? 0) + probability * (1 - pYes);
    });
    distribution = next;
  }
  return distribution;
}

describe("logGamma", () => {
  it.each([
    // x, ln Γ(x) (reference values from an independent lgamma)
    [0.1, 2.2527126517342055],
    [0.5, 0.5 * Math.log(Math.PI)],
    [1, 0],
    [2, 0],
    [10, Math.log(362880)],
    [100, 359.1342053695754],
    [12345.678, 103959.91990554606],
    [100000, 1051287.7089736566],
  ])("ln Γ(%f) = %f", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
    expect(Math.abs(logGamma(x) - expected)).toBeLessThanOrEqual(1e-14 * Math.max(1, expected));
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %f", (x) => {
    expect(() => logGamma(x)).toThrow(RangeError);
  });
});

describe("beta-binomial distribution", () => {
  it.each([
    [10, 1, 1],
    [36, 10, 98],
    [25, 0.5, 0.5],
    [60, 3.5, 40],
  ])("matches Pólya's urn for n=%i, alpha=%f, beta=%f", (n, alpha, beta) => {
    const urn = polyaUrn(n, alpha, beta);
    urn.forEach((probability, x) => {
      expect(betaBinomialPmf(x, n, alpha, beta)).toBeCloseTo(probability, 12);
    });
    const atLeast3 = urn.slice(3).reduce((sum, p) => sum + p, 0);
    expect(betaBinomialAtLeast(3, n, alpha, beta)).toBeCloseTo(atLeast3, 12);
  });

  it("sums to 1 for small n", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 200, noNaN: true }),
        (n, alpha, beta) => {
          let total = 0;
          for (let x = 0; x <= n; x++) total += betaBinomialPmf(x, n, alpha, beta);
          return Math.abs(total - 1) <= 1e-9;
        },
      ),
    );
  });

  it("stays accurate for large counts (80,000 calls of history, 5,000 calls a day)", () => {
    const [n, alpha, beta] = [5000, 1 + 6800, 1 + 80000 - 6800];
    // Exact values from integer factorials (computed once with arbitrary-precision integers).
    expect(betaBinomialPmf(425, n, alpha, beta) / 0.01962251907883255).toBeCloseTo(1, 8);
    expect(betaBinomialPmf(380, n, alpha, beta) / 0.0016266943197094056).toBeCloseTo(1, 8);
    let total = 0;
    let mean = 0;
    for (let x = 0; x <= n; x++) {
      const probability = betaBinomialPmf(x, n, alpha, beta);
      total += probability;
      mean += x * probability;
    }
    expect(total).toBeCloseTo(1, 9);
    expect(mean / ((n * alpha) / (alpha + beta))).toBeCloseTo(1, 8);
  });

  it("has the right edges", () => {
    expect(betaBinomialLogPmf(-1, 10, 1, 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(betaBinomialLogPmf(11, 10, 1, 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(betaBinomialAtLeast(0, 10, 2, 3)).toBe(1);
    expect(betaBinomialAtLeast(11, 10, 2, 3)).toBe(0);
    expect(betaBinomialPmf(0, 0, 2, 3)).toBeCloseTo(1, 14);
    expect(() => betaBinomialPmf(1, 10, 0, 1)).toThrow(RangeError);
    expect(() => betaBinomialPmf(1, 2.5, 1, 1)).toThrow(RangeError);
  });
});

// The straightforward formula: every pmf from logGamma, summed over the whole support (what
// betaBinomialAtLeast did before it summed by ratios and by the series in j). Exact to about
// 1e-10 while n + alpha + beta stays below 1e5 (logGammas near 1e6 round at 1e-10).
function atLeastByEveryTerm(n: number, alpha: number, beta: number): (k: number) => number {
  // C(n, x) B(x + alpha, n - x + beta) / B(alpha, beta), the parts without x taken out.
  const logConstant =
    logGamma(n + 1) - logGamma(n + alpha + beta) - logGamma(alpha) - logGamma(beta) + logGamma(alpha + beta);
  const pmf = Array.from({ length: n + 1 }, (_, x) =>
    Math.exp(
      logConstant - logGamma(x + 1) - logGamma(n - x + 1) + logGamma(x + alpha) + logGamma(n - x + beta),
    ),
  );
  // below[k] = P(X < k), above[k] = P(X >= k), each summed on its own.
  const below = [0];
  for (let x = 0; x <= n; x++) below.push((below[x] as number) + (pmf[x] as number));
  const above = new Array<number>(n + 2).fill(0);
  for (let x = n; x >= 0; x--) above[x] = (above[x + 1] as number) + (pmf[x] as number);
  return (k) => {
    if (k <= 0) return 1;
    if (k > n) return 0;
    const up = above[k] as number;
    const down = below[k] as number;
    // The smaller tail itself, so that a tiny chance keeps its digits.
    return up <= down ? up : 1 - down;
  };
}

describe("P(X >= k) against the sum of every term", () => {
  const ALPHAS_BETAS = [1e-6, 0.05, 0.5, 1, 3.5, 10, 98, 2000, 20_000];
  const grid = (values: readonly number[]) =>
    values.flatMap((alpha) => values.map((beta) => [alpha, beta] as const));
  const cases = [
    ...[1, 2, 7, 36, 60, 500, 10_000].flatMap((n) => grid(ALPHAS_BETAS).map(([a, b]) => [n, a, b] as const)),
    ...grid([1e-6, 0.5, 3.5, 98, 20_000]).map(([a, b]) => [40_000, a, b] as const),
  ];

  it.each(cases)("n=%i, alpha=%f, beta=%f", (n, alpha, beta) => {
    const reference = atLeastByEveryTerm(n, alpha, beta);
    const mean = (n * alpha) / (alpha + beta);
    const sd = Math.sqrt(
      (n * alpha * beta * (alpha + beta + n)) / ((alpha + beta) ** 2 * (alpha + beta + 1)),
    );
    const ks = new Set([0, 1, 2, 3, Math.floor(n / 2), n - 1, n, n + 1]);
    for (const z of [-20, -6, -2, -0.5, 0, 0.5, 2, 6, 20]) ks.add(Math.round(mean + z * sd));
    for (const k of ks) {
      if (k < 0 || k > n + 1) continue;
      const expected = reference(k);
      const actual = betaBinomialAtLeast(k, n, alpha, beta);
      // Relative, down to where a double runs out of exponent.
      expect(Math.abs(actual - expected), `k=${k}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
        1e-9 * expected + 1e-300,
      );
    }
  });
});

describe("P(X >= k) over a fractional target's horizon (n above a million)", () => {
  // Exact, rational arithmetic (Python fractions): for whole alpha and beta, X >= K is "the
  // K-th smallest of n uniforms lies below the rate", so P(X >= K) = P(Y < alpha) for
  // Y ~ BetaBinomial(alpha + beta - 1, K, n - K + 1): alpha terms instead of a million, each a
  // ratio of integers (checked against the direct rational sum for n up to 40); rounded to a
  // double.
  it.each([
    // 999.99 appointments a day on the seed week (9 of 106): 100 days of 11,778 calls.
    [99999, 1_177_800, 10, 98, 0.5758384650077402],
    [120_000, 1_177_800, 10, 98, 0.3399042478816961],
    [60_000, 1_177_800, 10, 98, 0.9533365551028976],
    [400_000, 1_177_800, 10, 98, 5.70608984579507e-10],
    [8000, 1_177_800, 10, 98, 0.9999999959467877],
    // 13 weeks of one rep (117 of 1,378).
    [99999, 1_177_800, 118, 1263, 0.5181792713957678],
    [200_000, 1_177_800, 118, 1263, 4.713781696539702e-20],
    [12_500, 140_000, 586, 6306, 0.10919869703602836],
    [3, 10_000_000, 1, 1000, 0.9997000599600135],
  ])("P(X >= %i) for n=%i, alpha=%i, beta=%i is %f", (k, n, alpha, beta, exact) => {
    expect(Math.abs(betaBinomialAtLeast(k, n, alpha, beta) - exact)).toBeLessThanOrEqual(1e-9 * exact);
  });
});

describe("logGammaRatio", () => {
  it.each([
    // y, h, ln Γ(y + h) - ln Γ(y) (mpmath at 30 digits, rounded to a double)
    [1e6, 0.5, 6.907755153982137],
    [1e6, -0.999999, -13.815495742454715],
    [1_177_801, 107, 1495.7749025029584],
    [12345.678, 3.25, 30.6187454284855],
    [10, 1e-9, 2.2517525891193045e-9],
    [5e8, 12345, 247271.96719851685],
    // Γ(5.5) = 4.5 · 3.5 · 2.5 · 1.5 · 0.5 · √π, Γ(3) = 2
    [3, 2.5, Math.log((4.5 * 3.5 * 2.5 * 1.5 * 0.5 * Math.sqrt(Math.PI)) / 2)],
  ])("lnΓ(%f + %f) - lnΓ(y) is %f", (y, h, expected) => {
    expect(Math.abs(logGammaRatio(y, h) - expected)).toBeLessThanOrEqual(
      1e-15 * Math.max(1, Math.abs(expected)),
    );
  });

  it("keeps a tiny y + h when it is given", () => {
    const alpha = 5.584591306825911e-7;
    expect(Math.abs(logGammaRatio(1, alpha - 1, alpha) - logGamma(alpha))).toBeLessThanOrEqual(1e-15 * 15);
  });
});
