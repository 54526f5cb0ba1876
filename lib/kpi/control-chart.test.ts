import { describe, expect, it } from "vitest";
import { controlLimits, laneySigmaZ, sustainedRuns, unusualWeeks, type WeeklyCount } from "./control-chart";

const weekly = (counts: readonly (readonly [number, number])[], firstWeek = 1): WeeklyCount[] =>
  counts.map(([denominator, numerator], i) => ({
    week: `2026-W${String(firstWeek + i).padStart(2, "0")}`,
    numerator,
    denominator,
  }));

// Reference values recomputed outside the engine (a separate Python script of the same
// definitions: leave-one-out centre, z-scores, mean moving range / 1.128, 3 sigma).
// A steady rep (conversations, appointments): about 25% a week, week 7 at 22 of 40 = 55%.
const STEADY_REP_WITH_OUTLIER = [
  [40, 10],
  [38, 9],
  [45, 11],
  [36, 8],
  [42, 10],
  [39, 9],
  [40, 22],
  [44, 10],
  [37, 9],
  [41, 10],
] as const;

describe("controlLimits: a steady rep with one outlier week", () => {
  const weeks = weekly(STEADY_REP_WITH_OUTLIER);
  const limits = controlLimits(weeks);

  it.each([
    // week index, centre, widening, lower, upper
    [0, 0.270718, 1.112541, 0.036234, 0.505203],
    [6, 0.237569, 1, 0.035692, 0.439446],
    [9, 0.271468, 1.129566, 0.036112, 0.506824],
  ])(
    "week %i from the other weeks: centre %f, widened x%f, limits [%f, %f]",
    (i, centre, widening, lower, upper) => {
      const week = limits[i];
      expect(week?.centre).toBeCloseTo(centre, 6);
      expect(week?.widening).toBeCloseTo(widening, 6);
      expect(week?.lower).toBeCloseTo(lower, 6);
      expect(week?.upper).toBeCloseTo(upper, 6);
    },
  );

  it("marks only the outlier week as unusual", () => {
    expect(unusualWeeks(weeks)).toEqual(["2026-W07"]);
  });
});

describe("controlLimits: weeks that vary more than luck", () => {
  // 10%, 30%, 12%, 28%, ...: sigma_z about 3, so a 44% week is within the widened limits
  // (upper 73.2%) although plain binomial limits (upper 37.0%) would call it unusual.
  const weeks = weekly([
    [50, 5],
    [50, 15],
    [50, 6],
    [50, 14],
    [50, 4],
    [50, 16],
    [50, 5],
    [50, 15],
    [50, 22],
  ]);

  it("widens the limits by Laney's sigma_z", () => {
    const last = controlLimits(weeks).at(-1);
    expect(last?.centre).toBeCloseTo(0.2, 12);
    expect(last?.widening).toBeCloseTo(3.1343385690893064, 9);
    expect(last?.upper).toBeCloseTo(0.7319148936170214, 9);
    expect(last?.unusual).toBe(false);
    expect(laneySigmaZ(weeks.slice(0, 8), 0.2)).toBeCloseTo(3.1343385690893064, 9);
  });

  it("would flag the week on binomial limits alone (widening is what keeps it in)", () => {
    const binomialUpper = 0.2 + 3 * Math.sqrt((0.2 * 0.8) / 50);
    expect(binomialUpper).toBeCloseTo(0.3697056274847714, 12);
    expect(22 / 50).toBeGreaterThan(binomialUpper);
    expect(unusualWeeks(weeks)).toEqual([]);
  });
});

describe("controlLimits edge cases", () => {
  it("gives no limits with too few other weeks, and none for a week without a denominator", () => {
    const limits = controlLimits(
      weekly([
        [40, 10],
        [0, 0],
        [38, 9],
        [45, 11],
        [36, 30],
      ]),
    );
    expect(limits.map((week) => week.unusual)).toEqual([false, false, false, false, false]);
    expect(limits[1]).toMatchObject({ value: null, centre: null, lower: null, upper: null });
    expect(limits[4]?.centre).toBeNull();
  });

  it("gives no limits when the other weeks are all 0%", () => {
    const limits = controlLimits(
      weekly([
        [40, 0],
        [40, 0],
        [40, 0],
        [40, 0],
        [40, 10],
      ]),
    );
    expect(limits.at(-1)).toMatchObject({ centre: null, unusual: false });
  });

  it("judges weeks in calendar order whatever order they come in", () => {
    // The steady rep up to and including the outlier week.
    const weeks = weekly(STEADY_REP_WITH_OUTLIER.slice(0, 7));
    expect(controlLimits([...weeks].reverse())).toEqual(controlLimits(weeks));
  });

  it.each<[string, WeeklyCount[]]>([
    ["a week twice", [...weekly([[40, 10]]), ...weekly([[40, 10]])]],
    ["a numerator above its denominator", weekly([[10, 11]])],
    ["a negative count", weekly([[10, -1]])],
  ])("rejects %s", (_name, weeks) => {
    expect(() => controlLimits(weeks)).toThrow(RangeError);
  });
});

describe("sustainedRuns", () => {
  it("finds runs of at least N weeks on one side of the pooled centre", () => {
    // Pooled centre 25%: weeks 1-3 below, 4 on the line, 5-9 above.
    const weeks = weekly([
      [100, 20],
      [100, 21],
      [100, 19],
      [100, 25],
      [100, 30],
      [100, 31],
      [0, 0],
      [100, 29],
      [100, 30],
      [100, 15],
    ]);
    expect(sustainedRuns(weeks, { length: 3, centre: 0.25 })).toEqual([
      { side: "below", weeks: ["2026-W01", "2026-W02", "2026-W03"] },
      { side: "above", weeks: ["2026-W05", "2026-W06", "2026-W08", "2026-W09"] },
    ]);
    expect(sustainedRuns(weeks, { length: 5, centre: 0.25 })).toEqual([]);
  });

  it("uses the pooled rate of all weeks when no centre is given", () => {
    const weeks = weekly([
      [100, 10],
      [100, 10],
      [100, 30],
      [100, 30],
    ]);
    expect(sustainedRuns(weeks, { length: 2 })).toEqual([
      { side: "below", weeks: ["2026-W01", "2026-W02"] },
      { side: "above", weeks: ["2026-W03", "2026-W04"] },
    ]);
  });

  it("rejects a run shorter than two weeks", () => {
    expect(() => sustainedRuns([], { length: 1 })).toThrow(RangeError);
  });
});
