import { describe, expect, it } from "vitest";
import { betaCdf, betaQuantile } from "./beta-quantile";

// Reference values from scipy.stats.beta (ppf and cdf), computed outside the project.
describe("betaQuantile and betaCdf against scipy", () => {
  it.each([
    // a, b, 2.5% point, 97.5% point, P(X <= 0.1)
    [10, 98, 0.04573196245411535, 0.15367206789956414, 0.6363892371631479], // the seed's 9 of 106
    [91, 971, 0.06961523114399923, 0.10323676333219449, 0.9473284695605504],
    [10, 30, 0.13037679923558726, 0.3932615406784675, 0.004164720867681867],
    [2, 2, 0.09429932405024609, 0.9057006759497539, 0.028000000000000008],
    [3001, 37001, 0.07246001918283908, 0.07762272797289953, 1],
    [0.5, 0.5, 0.001541333133436012, 0.9984586668665639, 0.20483276469913345],
  ])("Beta(%f, %f): [%f, %f], cdf(0.1) = %f", (a, b, low, high, cdfAtTenth) => {
    expect(betaQuantile(0.025, a, b)).toBeCloseTo(low, 9);
    expect(betaQuantile(0.975, a, b)).toBeCloseTo(high, 9);
    expect(betaCdf(0.1, a, b)).toBeCloseTo(cdfAtTenth, 9);
  });

  it("is exact at the ends and rejects bad parameters", () => {
    expect(betaQuantile(0, 3, 4)).toBe(0);
    expect(betaQuantile(1, 3, 4)).toBe(1);
    expect(betaCdf(-1, 3, 4)).toBe(0);
    expect(betaCdf(2, 3, 4)).toBe(1);
    expect(() => betaQuantile(1.5, 3, 4)).toThrow(RangeError);
    expect(() => betaCdf(0.5, 0, 4)).toThrow(RangeError);
  });
});
