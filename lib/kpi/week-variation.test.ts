import { describe, expect, it } from "vitest";
import { extraWeeklyVariance, rateWithWeeklyVariation } from "./week-variation";

// Reference values from a separate Python (numpy) script of the same method of moments.
describe("extraWeeklyVariance", () => {
  it.each([
    [
      "weeks that vary more than luck",
      [
        [100, 4],
        [100, 15],
        [120, 6],
        [80, 12],
        [100, 3],
        [110, 14],
      ],
      0.00236355346136272,
    ],
    [
      "steady weeks (the raw estimate is below 0)",
      [
        [100, 9],
        [100, 8],
        [100, 9],
        [100, 10],
      ],
      -0.0007523333333333334,
    ],
    ["one week", [[100, 9]], 0],
    ["no weeks", [], 0],
  ])("%s", (_name, weeks, expected) => {
    const trials = (weeks as number[][]).map(([t, s]) => ({ trials: t as number, successes: s as number }));
    expect(extraWeeklyVariance(trials)).toBeCloseTo(expected as number, 15);
  });

  it("skips weeks without trials and rejects a week that is no proportion", () => {
    expect(
      extraWeeklyVariance([
        { trials: 0, successes: 0 },
        { trials: 50, successes: 5 },
      ]),
    ).toBe(0);
    expect(() =>
      extraWeeklyVariance([
        { trials: 5, successes: 6 },
        { trials: 5, successes: 1 },
      ]),
    ).toThrow(RangeError);
  });
});

describe("rateWithWeeklyVariation", () => {
  it("is the plain posterior without extra variance", () => {
    expect(rateWithWeeklyVariation({ successes: 9, trials: 106 }, 0)).toEqual({ alpha: 10, beta: 98 });
    expect(rateWithWeeklyVariation({ successes: 9, trials: 106 }, -0.01)).toEqual({ alpha: 10, beta: 98 });
  });

  it("keeps the mean and widens the spread, less so over more weeks", () => {
    const oneWeek = rateWithWeeklyVariation({ successes: 54, trials: 610 }, 0.00236355346136272);
    expect(oneWeek.alpha).toBeCloseTo(2.853946195503097, 9);
    expect(oneWeek.beta).toBeCloseTo(28.90269147082227, 9);
    const fourWeeks = rateWithWeeklyVariation({ successes: 54, trials: 610 }, 0.00236355346136272, 4);
    expect(fourWeeks.alpha / (fourWeeks.alpha + fourWeeks.beta)).toBeCloseTo(55 / 612, 12);
    expect(fourWeeks.alpha + fourWeeks.beta).toBeGreaterThan(oneWeek.alpha + oneWeek.beta);
  });
});
