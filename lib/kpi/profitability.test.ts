import { describe, expect, it } from "vitest";
import { weekOff, worked } from "@/db/test/week-records";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import {
  type PayChange,
  type RepProfitabilityInput,
  repProfitability,
  WEEKS_PER_MONTH,
} from "./profitability";
import type { WeekRecord } from "./types";

// Ann starts on Monday 2026-01-05 (2026-W02 is her tenure week 1). 1300 a month is 300 a week.
const START = "2026-W02";
const MONTHLY: PayChange[] = [{ kind: "monthly", amount: 1300, effectiveFrom: "2026-01-05" }];
// An appointment is worth 0.5 x 0.5 x 400 = 100.
const MODEL = { showRate: 0.5, closeRate: 0.5, averageDealValue: 400 };
const tenureWeekLabel = (tenure: number) => addIsoWeeks(START, tenure - 1);

/** Records on the given tenure weeks: [tenureWeek, appointments, hours?]. */
function records(weeks: ReadonlyArray<readonly [number, number, number?]>): WeekRecord[] {
  return weeks.map(([tenure, appointments, hours]) =>
    worked("ann", tenureWeekLabel(tenure), {
      calls: 50,
      appointments,
      ...(hours === undefined ? {} : { hours }),
    }),
  );
}

function input(overrides: Partial<RepProfitabilityInput>): RepProfitabilityInput {
  return {
    startWeek: START,
    lastEmployedWeek: null,
    pay: MONTHLY,
    records: [],
    results: [],
    fromWeek: START,
    toWeek: tenureWeekLabel(10),
    grossMargin: 1,
    valueModel: MODEL,
    ...overrides,
  };
}

describe("repProfitability", () => {
  it("costs every week of employment, recorded or not: records in weeks 1, 2, 9, 10 do not pay back in week 10 (issue 11)", () => {
    const result = repProfitability(
      input({
        records: records([
          [1, 2],
          [2, 3],
          [9, 3],
          [10, 10],
        ]),
      }),
    );
    expect(WEEKS_PER_MONTH).toBeCloseTo(4.3333, 4);
    expect(result.weeksEmployed).toBe(10);
    expect(result.cost).toBeCloseTo(3000, 9); // 10 weeks x 300
    expect(result.value).toBeCloseTo(1800, 9); // 18 appointments x 100
    expect(result.costComplete).toBe(true);
    expect(result.valueBasis).toBe("model");
    expect(result.valueToCost).toBeCloseTo(0.6, 9);
    expect(result.paybackTenureWeek).toBeNull();
    // 300 a week at 100 an appointment.
    expect(result.breakEvenAppointmentsPerWeek).toBeCloseTo(3, 9);
  });

  it.each([
    // [tenure week, appointments] per week; cumulative cost is 300 a week
    [
      "never behind after week 1",
      [
        [1, 4],
        [2, 3],
        [3, 3],
        [4, 3],
      ],
      1,
    ],
    [
      "crosses in week 2, falls back in week 3, stays from week 5",
      [
        [1, 2],
        [2, 5],
        [3, 0],
        [4, 2],
        [5, 8],
      ],
      5,
    ],
    [
      "never covers",
      [
        [1, 1],
        [2, 1],
      ],
      null,
    ],
    [
      "ends behind after having crossed",
      [
        [1, 9],
        [10, 0],
      ],
      null,
    ],
  ] as const)("pays back from the first week it stays covered: %s", (_name, weeks, expected) => {
    const last = weeks.at(-1)?.[0] ?? 1;
    const result = repProfitability(
      input({ records: records(weeks.map(([w, a]) => [w, a] as const)), toWeek: tenureWeekLabel(last) }),
    );
    expect(result.paybackTenureWeek).toBe(expected);
  });

  it("applies each pay change from the week of its effective date", () => {
    const pay: PayChange[] = [
      { kind: "monthly", amount: 2600, effectiveFrom: "2026-01-21" }, // Wednesday of tenure week 3
      ...MONTHLY,
    ];
    const result = repProfitability(input({ pay, toWeek: tenureWeekLabel(4) }));
    expect(result.cost).toBeCloseTo(300 + 300 + 600 + 600, 9);
  });

  it("marks weeks before the first pay change as cost unknown, not free", () => {
    const pay: PayChange[] = [{ kind: "monthly", amount: 1300, effectiveFrom: "2026-01-19" }];
    const result = repProfitability(input({ pay, toWeek: tenureWeekLabel(4) }));
    expect(result).toMatchObject({ weeksWithoutPay: 2, costComplete: false });
    expect(result.cost).toBeCloseTo(600, 9);
  });

  it("prices hourly pay on recorded hours and flags a worked week without hours", () => {
    const pay: PayChange[] = [{ kind: "hourly", amount: 20, effectiveFrom: "2026-01-05" }];
    const weeks = [
      ...records([
        [1, 1, 30],
        [2, 1],
        [4, 2, 10],
      ]),
      weekOff("ann", tenureWeekLabel(3)),
    ];
    const result = repProfitability(input({ pay, records: weeks, toWeek: tenureWeekLabel(4) }));
    expect(result.cost).toBe(800); // 40 hours x 20; week 2 is unknown, week 3 was off
    expect(result).toMatchObject({ costComplete: false, weeksWithoutHours: 1 });
  });

  it("stops the cost at the deactivation week", () => {
    const result = repProfitability(input({ lastEmployedWeek: tenureWeekLabel(3) }));
    expect(result.weeksEmployed).toBe(3);
    expect(result.cost).toBeCloseTo(900, 9);
  });

  it("counts only the weeks in the range, but payback from tenure week 1", () => {
    const result = repProfitability(
      input({
        records: records([
          [1, 0],
          [5, 20],
        ]),
        fromWeek: tenureWeekLabel(5),
        toWeek: tenureWeekLabel(6),
      }),
    );
    expect(result.weeksEmployed).toBe(2);
    expect(result.cost).toBeCloseTo(600, 9);
    expect(result.value).toBeCloseTo(2000, 9);
    expect(result.paybackTenureWeek).toBe(5); // 2000 >= 1500 in week 5, 2000 >= 1800 in week 6
    expect(result.tenureAtEnd).toBe(6);
  });

  it("values won revenue at the gross margin where results were entered, the model elsewhere", () => {
    const result = repProfitability(
      input({
        records: records([
          [1, 2],
          [2, 2],
          [3, 2],
          [4, 2],
        ]),
        results: [
          { week: tenureWeekLabel(1), revenueWon: 1000 },
          { week: tenureWeekLabel(2), revenueWon: 0 },
        ],
        toWeek: tenureWeekLabel(4),
        grossMargin: 0.4,
      }),
    );
    // Won: (1000 + 0) x 0.4; model: 2 appointments x 100 x 0.4 in weeks 3 and 4.
    expect(result.value).toBeCloseTo(400 + 160, 9);
    expect(result.valueBasis).toBe("mixed");
  });

  it.each([
    ["won revenue only", [1, 4], MODEL, "won", true],
    ["no results and no model", [], null, "model", false],
  ] as const)("gives the value basis for %s", (_name, resultWeeks, valueModel, basis, complete) => {
    const result = repProfitability(
      input({
        records: records([[1, 2]]),
        results: resultWeeks.map((w) => ({ week: tenureWeekLabel(w), revenueWon: 500 })),
        toWeek: tenureWeekLabel(4),
        valueModel,
      }),
    );
    expect(result.valueBasis).toBe(basis);
    expect(result.valueComplete).toBe(complete);
  });

  it.each([
    ["a gross margin above 1", { grossMargin: 1.2 }],
    ["a negative pay", { pay: [{ kind: "monthly", amount: -1, effectiveFrom: "2026-01-05" }] }],
    [
      "two pay changes in one week",
      {
        pay: [
          { kind: "monthly", amount: 1, effectiveFrom: "2026-01-05" },
          { kind: "hourly", amount: 1, effectiveFrom: "2026-01-07" },
        ],
      },
    ],
    ["a backwards range", { fromWeek: "2026-W10", toWeek: "2026-W05" }],
  ] as const)("rejects %s", (_name, overrides) => {
    expect(() => repProfitability(input(overrides as Partial<RepProfitabilityInput>))).toThrow(RangeError);
  });

  it("is the same whatever the order of records and pay changes (property)", () => {
    for (let seed = 1; seed <= 50; seed++) {
      const weeks = records(
        Array.from(
          { length: 12 },
          (_, i) => [i + 1, (seed * (i + 3)) % 7, (seed + i) % 3 === 0 ? undefined : 30] as const,
        ),
      );
      const pay: PayChange[] = [
        { kind: "hourly", amount: 10 + seed, effectiveFrom: "2026-01-05" },
        { kind: "monthly", amount: 1000 + seed, effectiveFrom: "2026-02-16" },
      ];
      const forward = repProfitability(input({ records: weeks, pay, toWeek: tenureWeekLabel(12) }));
      const backward = repProfitability(
        input({ records: [...weeks].reverse(), pay: [...pay].reverse(), toWeek: tenureWeekLabel(12) }),
      );
      expect(backward).toEqual(forward);
    }
  });

  it("computes 500 reps x 156 weeks in linear time (about 0.25 s idle)", () => {
    const weeks = Array.from({ length: 156 }, (_, i) => [i + 1, i % 4, 32] as const);
    const history = records(weeks);
    const started = performance.now();
    for (let rep = 0; rep < 500; rep++) {
      repProfitability(input({ records: history, toWeek: tenureWeekLabel(156) }));
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
