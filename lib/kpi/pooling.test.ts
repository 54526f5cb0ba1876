import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekOff, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "./default-funnel";
import { poolRate, poolWeeks } from "./pooling";
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

describe("poolRate: only weeks that recorded both parts", () => {
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
      calendarWeeks: 1,
    });
  });

  // The case: week 1 with 100 calls, 30 conversations and appointments left blank,
  // week 2 with 100 / 30 / 6. A blank is "not recorded": 6 of 30, not 6 of 60.
  const blankAppointments = [
    worked("ann", "2026-W01", { calls: 100, conversations: 30 }),
    worked("ann", "2026-W02", { calls: 100, conversations: 30, appointments: 6 }),
  ];
  it.each([
    // numerator key, denominator key, numerator, denominator, weeks
    ["appointments", "conversations", 6, 30, 1],
    ["appointments", "calls", 6, 100, 1],
    ["conversations", "calls", 60, 200, 2],
    ["shortCallbacks", "conversations", 0, 0, 0],
    ["talkMinutes", "calls", 0, 0, 0],
  ])(
    "a blank field is not 0: %s per %s = %i / %i over %i weeks",
    (num, den, numerator, denominator, weeks) => {
      expect(poolRate(blankAppointments, DEFAULT_METRICS, num, den)).toEqual({
        numerator,
        denominator,
        weeksCounted: weeks,
        calendarWeeks: weeks,
      });
    },
  );

  it("counts reps of one calendar week once in calendarWeeks", () => {
    const weeks = [
      worked("ann", "2026-W47", { calls: 50, appointments: 4 }),
      worked("bob", "2026-W47", { calls: 56, appointments: 5 }),
      worked("bob", "2026-W48", { calls: 40 }),
      weekOff("cas", "2026-W48", { calls: 40, appointments: 9 }),
    ];
    expect(poolRate(weeks, DEFAULT_METRICS, "appointments", "calls")).toEqual({
      numerator: 9,
      denominator: 106,
      weeksCounted: 2,
      calendarWeeks: 1,
    });
  });

  const countsRecord = (week: number) =>
    fc.record(
      {
        memberId: fc.constantFrom("ann", "bob"),
        week: fc.constant(`2026-W${String(week).padStart(2, "0")}`),
        notWorked: fc.boolean(),
        values: fc.record(
          {
            calls: fc.integer({ min: 0, max: 300 }),
            conversations: fc.integer({ min: 0, max: 100 }),
            appointments: fc.integer({ min: 0, max: 30 }),
            shortCallbacks: fc.integer({ min: 0, max: 30 }),
            hours: fc.double({ min: 0, max: 60, noNaN: true }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: ["memberId", "week", "notWorked", "values"] },
    );
  const RATIO_PAIRS = [
    ["conversations", "calls"],
    ["appointments", "conversations"],
    ["appointments", "calls"],
    ["shortCallbacks", "conversations"],
    ["calls", "hours"],
  ] as const;

  it("never changes another ratio when a week with a blank field is added", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }).chain(countsRecord), {
          selector: (r) => `${r.memberId} ${r.week}`,
          maxLength: 20,
        }),
        countsRecord(52),
        fc.constantFrom("calls", "conversations", "appointments", "shortCallbacks", "hours"),
        (weeks, added, blankKey) => {
          // The added week leaves blankKey blank: every ratio that uses blankKey must keep its
          // value (the week does not count towards it).
          const { [blankKey]: _dropped, ...values } = added.values;
          const withBlank = [...weeks, { ...added, values }];
          for (const [num, den] of RATIO_PAIRS) {
            if (num !== blankKey && den !== blankKey) continue;
            const before = poolRate(weeks, DEFAULT_METRICS, num, den);
            const after = poolRate(withBlank, DEFAULT_METRICS, num, den);
            expect(after.numerator).toBe(before.numerator);
            expect(after.denominator).toBe(before.denominator);
          }
        },
      ),
    );
  });

  it("does not depend on the order of the weeks, blanks included", () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.integer({ min: 1, max: 40 }).chain(countsRecord), {
            selector: (r) => `${r.memberId} ${r.week}`,
            maxLength: 30,
          })
          .chain((weeks) =>
            fc.tuple(fc.constant(weeks), fc.shuffledSubarray(weeks, { minLength: weeks.length })),
          ),
        ([weeks, shuffled]) => {
          for (const [num, den] of RATIO_PAIRS) {
            expect(poolRate([...shuffled], DEFAULT_METRICS, num, den)).toEqual(
              poolRate(weeks, DEFAULT_METRICS, num, den),
            );
          }
        },
      ),
    );
  });
});
