import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  additionalTrialsForHalfWidth,
  newcombeDifferenceInterval,
  wilsonHalfWidth,
  wilsonInterval,
  Z_95,
} from "./wilson";

// Independent of wilson.ts: the Wilson bounds are the p where (p̂ - p)² = z² p (1 - p) / n,
// i.e. the roots of (1 + z²/n) p² - (2p̂ + z²/n) p + p̂² = 0.
function wilsonByQuadratic(successes: number, trials: number): [number, number] {
  const rate = successes / trials;
  const k = (Z_95 * Z_95) / trials;
  const a = 1 + k;
  const b = -(2 * rate + k);
  const c = rate * rate;
  const root = Math.sqrt(b * b - 4 * a * c);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

// Independent half-width at trials n and a fixed rate, from the same quadratic's roots.
function halfWidthByQuadratic(rate: number, trials: number): number {
  const [low, high] = wilsonByQuadratic(rate * trials, trials);
  return (high - low) / 2;
}

describe("wilsonInterval", () => {
  it.each([
    // successes, trials, rounded low, rounded high
    [9, 38, 0.1299, 0.3921], // the seed: 9 appointments of 38 conversations
    [9, 106, 0.0453, 0.1535], // 9 appointments of 106 calls
    [38, 106, 0.2736, 0.4533],
    [1, 1, 0.2065, 1],
    [50, 100, 0.4038, 0.5962],
  ])("%i of %i lies in [%f, %f] and matches the quadratic", (successes, trials, low, high) => {
    const interval = wilsonInterval(successes, trials);
    const expected = wilsonByQuadratic(successes, trials);
    expect(interval?.[0]).toBeCloseTo(expected[0], 12);
    expect(interval?.[1]).toBeCloseTo(Math.min(1, expected[1]), 12);
    expect(interval?.[0]).toBeCloseTo(low, 4);
    expect(interval?.[1]).toBeCloseTo(high, 4);
  });

  it("is null without trials and exact at the edges", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonHalfWidth(0, 0)).toBeNull();
    expect(wilsonInterval(0, 20)?.[0]).toBe(0);
    expect(wilsonInterval(20, 20)?.[1]).toBe(1);
  });

  it.each([
    [-1, 10],
    [11, 10],
    [1, -1],
    [Number.NaN, 10],
    [1, Number.POSITIVE_INFINITY],
  ])("rejects %f successes of %f trials", (successes, trials) => {
    expect(() => wilsonInterval(successes, trials)).toThrow(RangeError);
  });

  it("always contains the point estimate and stays within [0, 1]", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 1_000_000 })
          .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials))),
        ([successes, trials]) => {
          const [low, high] = wilsonInterval(successes, trials) ?? [Number.NaN, Number.NaN];
          const rate = successes / trials;
          return 0 <= low && low <= rate && rate <= high && high <= 1;
        },
      ),
    );
  });
});

describe("additionalTrialsForHalfWidth", () => {
  it("tells the seed week how many more conversations make 9/38 tight to ±5 points", () => {
    const extra = additionalTrialsForHalfWidth(9, 38, 0.05);
    expect(extra).toBe(238);
    const rate = 9 / 38;
    const enough = 38 + (extra ?? 0);
    expect(halfWidthByQuadratic(rate, enough)).toBeLessThanOrEqual(0.05);
    expect(halfWidthByQuadratic(rate, enough - 1)).toBeGreaterThan(0.05);
  });

  it.each([
    // successes, trials, target, expected: 0 and 1 rates still give a finite answer
    [0, 10, 0.05, 25],
    [10, 10, 0.05, 25],
    [500, 1000, 0.05, 0],
    [0, 1, 0.5, 0],
  ])("%i of %i to ±%f needs %i more", (successes, trials, target, expected) => {
    expect(additionalTrialsForHalfWidth(successes, trials, target)).toBe(expected);
  });

  it("is null without trials: there is no observed rate to project from", () => {
    expect(additionalTrialsForHalfWidth(0, 0, 0.05)).toBeNull();
  });

  it("rejects a target that can never be met", () => {
    expect(() => additionalTrialsForHalfWidth(1, 10, 0)).toThrow(RangeError);
  });

  it("is always the smallest number that is enough", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((trials) => fc.tuple(fc.integer({ min: 0, max: trials }), fc.constant(trials))),
        fc.double({ min: 0.005, max: 0.3, noNaN: true }),
        ([successes, trials], target) => {
          const extra = additionalTrialsForHalfWidth(successes, trials, target) ?? -1;
          const rate = successes / trials;
          const fits = (n: number) => (wilsonHalfWidth(rate * n, n) ?? 1) <= target;
          return extra >= 0 && fits(trials + extra) && (extra === 0 || !fits(trials + extra - 1));
        },
      ),
    );
  });
});

describe("newcombeDifferenceInterval", () => {
  it("reproduces Newcombe (1998)'s worked example: 56/70 - 48/80", () => {
    // By hand from the two Wilson intervals (method 10):
    // L = d - sqrt((p1 - l1)² + (u2 - p2)²), U = d + sqrt((u1 - p1)² + (p2 - l2)²).
    const [l1, u1] = wilsonByQuadratic(56, 70);
    const [l2, u2] = wilsonByQuadratic(48, 80);
    const d = 56 / 70 - 48 / 80;
    const byHand = [
      d - Math.sqrt((0.8 - l1) ** 2 + (u2 - 0.6) ** 2),
      d + Math.sqrt((u1 - 0.8) ** 2 + (0.6 - l2) ** 2),
    ];
    const interval = newcombeDifferenceInterval(56, 70, 48, 80);
    expect(interval?.[0]).toBeCloseTo(byHand[0] ?? Number.NaN, 12);
    expect(interval?.[1]).toBeCloseTo(byHand[1] ?? Number.NaN, 12);
    expect(interval?.[0]).toBeCloseTo(0.0524, 4);
    expect(interval?.[1]).toBeCloseTo(0.3339, 4);
  });

  it("is null when either side has no trials", () => {
    expect(newcombeDifferenceInterval(1, 10, 0, 0)).toBeNull();
  });
});
