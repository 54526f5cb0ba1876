import { describe, expect, it } from "vitest";
import { correctionsOf, countedFromSums, NO_SOURCES, withCountsFilledIn, withNewCounts } from "./sources";

const T1 = "2026-11-23T09:00:00.000Z";
const T2 = "2026-11-24T09:00:00.000Z";

describe("a week's two sources", () => {
  it.each([
    // counted, entered → what the week is checked as
    [{ calls: 40 }, { calls: "", conversations: "6" }, { calls: 40, conversations: "6" }],
    [{ calls: 40 }, { calls: "38" }, { calls: "38" }],
    [{}, { calls: 12, hours: null }, { calls: 12 }],
  ])("fills counted %j into blanks of %j", (counted, entered, expected) => {
    expect(withCountsFilledIn(counted, entered)).toEqual(expected);
  });

  it.each([
    // current week, the person's validated values → corrections
    [{ values: { calls: 40 }, counted: { calls: 40 }, correctedAt: {} }, { calls: 40, conversations: 6 }, {}],
    [{ values: { calls: 40 }, counted: { calls: 40 }, correctedAt: {} }, { calls: 38 }, { calls: T2 }],
    [
      { values: { calls: 38 }, counted: { calls: 45 }, correctedAt: { calls: T1 } },
      { calls: 38 },
      { calls: T1 },
    ],
    [
      { values: { calls: 38 }, counted: { calls: 45 }, correctedAt: { calls: T1 } },
      { calls: 39 },
      { calls: T2 },
    ],
    [{ values: { calls: 38 }, counted: { calls: 45 }, correctedAt: { calls: T1 } }, { calls: 45 }, {}],
  ])("%j saved as %j corrects %j", (current, values, expected) => {
    expect(correctionsOf(current, values, T2)).toEqual(expected);
  });

  it("new counts fill uncorrected metrics, leave corrections, and keep numbers entered before counting", () => {
    expect(withNewCounts(NO_SOURCES, { calls: 3 }, T1)).toEqual({
      values: { calls: 3 },
      counted: { calls: 3 },
      correctedAt: {},
    });
    const corrected = {
      values: { calls: 38, conversations: 5 },
      counted: { calls: 40 },
      correctedAt: { calls: T1 },
    };
    expect(withNewCounts(corrected, { calls: 41 }, T2)).toEqual({
      values: { calls: 38, conversations: 5 },
      counted: { calls: 41 },
      correctedAt: { calls: T1 },
    });
    const typedFirst = { values: { calls: 50, conversations: 9 }, counted: {}, correctedAt: {} };
    expect(withNewCounts(typedFirst, { calls: 1, conversations: 9 }, T1)).toEqual({
      values: { calls: 50, conversations: 9 },
      counted: { calls: 1, conversations: 9 },
      correctedAt: { calls: T1 },
    });
  });

  it("counts sum per metric and talk seconds become minutes with two decimals", () => {
    expect(
      countedFromSums(
        [
          { metricKey: "calls", count: 3, durationSeconds: 95 + 200 + 0 },
          { metricKey: "conversations", count: 1, durationSeconds: 10 },
        ],
        "talkMinutes",
      ),
    ).toEqual({ calls: 3, conversations: 1, talkMinutes: 5.08 });
    expect(countedFromSums([{ metricKey: "calls", count: 2, durationSeconds: 120 }], null)).toEqual({
      calls: 2,
    });
  });
});
