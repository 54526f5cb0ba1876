import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaBinomialAtLeast, betaBinomialLogPmf, betaBinomialPmf, logGamma } from "./beta-binomial";

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
