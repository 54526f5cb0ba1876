import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "./default-funnel";
import { poolRate, poolWeeks } from "./pooling";
import { SEED_WEEK_VALUES, weekOff, worked } from "./test-support";
import type { MetricDefinition, WeekRecord } from "./types";

describe("poolWeeks", () => {
  it("sums every metric over the worked weeks and counts weeks off apart", () => {
    const pooled = poolWeeks(
      [
        worked("ann", "2026-W46", { calls: 50, conversations: 20, appointments: 4, hours: 10 }),
        worked("ann", "2026-W47", { calls: 56, conversations: 18, appointments: 5, hours: 12.5 }),
        worked("bob", "2026-W47", { calls: 0, conversations: 0, appointments: 0 }),
        // A week off with stray values is still excluded.
        weekOff("bob", "2026-W46", { calls: 999, appointments: 99 }),
      ],
      DEFAULT_METRICS,
    );
    expect(pooled).toEqual({
      weeksWithData: 3,
      weeksOff: 1,
      totals: {
        calls: 106,
        conversations: 38,
        appointments: 9,
        shortCallbacks: 0,
        longCallbacks: 0,
        hours: 22.5,
        talkMinutes: 0,
      },
      loggedKeys: ["calls", "conversations", "appointments", "hours"],
    });
  });

  it("shows a retired metric only when it was logged, and ignores keys outside the funnel", () => {
    const metrics: MetricDefinition[] = [
      ...DEFAULT_METRICS,
      { key: "emails", kind: "stage", of: null, position: 8, retired: true },
      { key: "faxes", kind: "stage", of: null, position: 9, retired: true },
    ];
    const pooled = poolWeeks([worked("ann", "2026-W47", { emails: 7, pigeons: 3 })], metrics);
    expect(pooled.totals.emails).toBe(7);
    expect("faxes" in pooled.totals).toBe(false);
    expect("pigeons" in pooled.totals).toBe(false);
  });

  it.each<[string, WeekRecord[]]>([
    ["a duplicate (member, week)", [worked("a", "2026-W47", {}), weekOff("a", "2026-W47")]],
    ["a negative value", [worked("a", "2026-W47", { calls: -1 })]],
    ["a value that is not a number", [worked("a", "2026-W47", { calls: Number.NaN })]],
    ["a malformed week", [worked("a", "2026-47", { calls: 1 })]],
  ])("rejects %s", (_name, weeks) => {
    expect(() => poolWeeks(weeks, DEFAULT_METRICS)).toThrow(RangeError);
  });

  it("does not depend on the order of the weeks", () => {
    const record = fc.record({
      memberId: fc.constantFrom("ann", "bob", "cas"),
      week: fc.integer({ min: 1, max: 52 }).map((w) => `2026-W${String(w).padStart(2, "0")}`),
      notWorked: fc.boolean(),
      values: fc.record({
        calls: fc.integer({ min: 0, max: 300 }),
        conversations: fc.integer({ min: 0, max: 100 }),
        appointments: fc.integer({ min: 0, max: 30 }),
        hours: fc.double({ min: 0, max: 60, noNaN: true }),
      }),
    });
    const weeksAndShuffle = fc
      .uniqueArray(record, { selector: (r) => `${r.memberId} ${r.week}`, maxLength: 40 })
      .chain((weeks) =>
        fc.tuple(
          fc.constant(weeks),
          fc.shuffledSubarray(weeks, { minLength: weeks.length, maxLength: weeks.length }),
        ),
      );
    fc.assert(
      fc.property(weeksAndShuffle, ([weeks, shuffled]) => {
        expect(poolWeeks(shuffled, DEFAULT_METRICS)).toEqual(poolWeeks(weeks, DEFAULT_METRICS));
        expect(poolRate(shuffled, DEFAULT_METRICS, "calls", "hours")).toEqual(
          poolRate(weeks, DEFAULT_METRICS, "calls", "hours"),
        );
      }),
    );
  });
});

describe("poolRate", () => {
  it("counts a week only when its denominator was logged", () => {
    // "connects" was added to the funnel in W47: W46's conversations have no connects to be
    // counted against, and would otherwise push conversations per connect above 100%.
    const weeks = [
      worked("ann", "2026-W46", { calls: 100, conversations: 40 }),
      worked("ann", "2026-W47", { calls: 100, connects: 60, conversations: 30 }),
    ];
    expect(poolRate(weeks, DEFAULT_METRICS, "conversations", "connects")).toEqual({
      numerator: 30,
      denominator: 60,
      weeksCounted: 1,
    });
  });

  it("treats a missing count in the numerator as 0 but a missing time as unknown", () => {
    const weeks = [
      worked("ann", "2026-W46", { ...SEED_WEEK_VALUES, talkMinutes: 300 }),
      worked("ann", "2026-W47", { calls: 50, conversations: 10 }),
    ];
    expect(poolRate(weeks, DEFAULT_METRICS, "appointments", "calls")).toMatchObject({
      numerator: 9,
      denominator: 156,
    });
    expect(poolRate(weeks, DEFAULT_METRICS, "talkMinutes", "calls")).toMatchObject({
      numerator: 300,
      denominator: 106,
    });
  });
});
