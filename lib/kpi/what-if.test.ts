import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEED_WEEK_VALUES, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "./default-funnel";
import { computeKpis } from "./kpis";
import { extraWeeklyVariance } from "./week-variation";
import {
  InsufficientDataError,
  probabilityOfTarget,
  targetHorizon,
  type WhatIfInput,
  whatIf,
  whatIfOverKpis,
} from "./what-if";

const SEED = { calls: 106, conversations: 38, appointments: 9 };

// Exact, with integers: for whole alpha and beta the beta-binomial pmf is a ratio of factorials,
// C(n, x) (x+α-1)! (n-x+β-1)! (α+β-1)! / ((n+α+β-1)! (α-1)! (β-1)!).
function exactAtLeast(k: number, n: number, alpha: number, beta: number): number {
  const factorial = (m: number) => {
    let result = 1n;
    for (let i = 2n; i <= BigInt(m); i++) result *= i;
    return result;
  };
  const denominator = factorial(n + alpha + beta - 1) * factorial(alpha - 1) * factorial(beta - 1);
  let below = 0n;
  for (let x = 0; x < k; x++) {
    const choose = factorial(n) / (factorial(x) * factorial(n - x));
    below += choose * factorial(x + alpha - 1) * factorial(n - x + beta - 1) * factorial(alpha + beta - 1);
  }
  const scale = 10n ** 30n;
  return 1 - Number((below * scale) / denominator) / 1e30;
}

describe("whatIf", () => {
  it("reverses the seed week's funnel for 3 appointments a day", () => {
    const result = whatIf({ ...SEED, appointmentsPerDay: 3 });
    expect(result.callsPerDay).toBeCloseTo(35.3333, 4); // 3 / (9 / 106)
    expect(result.conversationsPerDay).toBeCloseTo(12.6667, 4); // 3 / (9 / 38)
    expect(result).toMatchObject({ hoursPerDay: null, fte: null, plannedCallsPerDay: 36 });
    // Beta(1 + 9, 1 + 106 - 9), 36 calls, at least 3 appointments.
    expect(result.probabilityOfTarget).toBeCloseTo(exactAtLeast(3, 36, 10, 98), 12);
  });

  it.each<[string, Partial<WhatIfInput>, Record<string, number | null>]>([
    ["hours and FTE at 8 hours a day", { hours: 20 }, { hoursPerDay: 20 / 3, fte: 20 / 3 / 8 }],
    ["FTE at 6 hours a day", { hours: 20, hoursPerFtePerDay: 6 }, { fte: 20 / 3 / 6 }],
    ["hours logged as 0 count as not logged", { hours: 0 }, { hoursPerDay: null, fte: null }],
    ["a fractional target", { appointmentsPerDay: 2.5 }, { plannedCallsPerDay: 30 }],
    ["given planned calls", { plannedCallsPerDay: 50 }, { plannedCallsPerDay: 50 }],
    ["no conversations logged", { conversations: 0 }, { conversationsPerDay: null }],
  ])("%s", (_name, overrides, expected) => {
    const result = whatIf({ ...SEED, appointmentsPerDay: 3, ...overrides });
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (value === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(value, 10);
    }
  });

  it("rounds the needed calls up without tripping over floating-point dust", () => {
    // 0.3 * 100 / 10 is 3.0000000000000004 in floating point.
    const result = whatIf({
      calls: 100,
      conversations: 40,
      appointments: 10,
      appointmentsPerDay: 0.3,
    });
    expect(result.plannedCallsPerDay).toBe(3);
  });

  it("gives a probability that never falls as the calls rise", () => {
    let previous = 0;
    for (let calls = 0; calls <= 300; calls++) {
      const probability = probabilityOfTarget(SEED, calls, 3);
      expect(probability).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = probability;
    }
    expect(probabilityOfTarget(SEED, 2, 3)).toBe(0);
  });

  it("asks for more calls than the point estimate to be 80% sure", () => {
    // At the point estimate (50 calls for 5 appointments at 10%) the chance is about a half.
    const history = { calls: 1000, conversations: 300, appointments: 100 };
    const result = whatIf({ ...history, appointmentsPerDay: 5 });
    expect(result.callsPerDay).toBeCloseTo(50, 10);
    expect(result.probabilityOfTarget).toBeGreaterThan(0.4);
    expect(result.probabilityOfTarget).toBeLessThan(0.65);
    const for80 = result.callsPerDayFor80Percent ?? Number.NaN;
    expect(for80).toBeGreaterThanOrEqual(Math.ceil(result.callsPerDay));
    expect(probabilityOfTarget(history, for80, 5)).toBeGreaterThanOrEqual(0.8);
    expect(probabilityOfTarget(history, for80 - 1, 5)).toBeLessThan(0.8);
  });

  it("is null for 80% when even the cap of calls cannot get there", () => {
    const result = whatIf({
      calls: 80000,
      conversations: 20000,
      appointments: 1,
      appointmentsPerDay: 10,
    });
    expect(result.callsPerDayFor80Percent).toBeNull();
  });

  it("is fast and sound on large counts", () => {
    const started = performance.now();
    const result = whatIf({
      calls: 80000,
      conversations: 30000,
      appointments: 6800,
      hours: 2500,
      appointmentsPerDay: 425,
      plannedCallsPerDay: 5000,
    });
    expect(performance.now() - started).toBeLessThan(500);
    // 5,000 calls at 8.5% average 425 appointments: about an even chance of at least 425.
    expect(result.probabilityOfTarget).toBeGreaterThan(0.45);
    expect(result.probabilityOfTarget).toBeLessThan(0.55);
    expect(result.callsPerDayFor80Percent).toBeGreaterThan(5000);
  });

  it("answers a target with decimals (100 periods, over a million calls) exactly", () => {
    // 999.99 a week is at least 99,999 in 100 weeks of 11,778 calls: the chance once took each
    // of its 100,000 terms from logGamma, 18 times over for the 80% search (a second an answer;
    // timing is the benchmark's job: e2e/what-if-live.spec.ts measures it in Chromium).
    const result = whatIf({ ...SEED, appointmentsPerDay: 999.99, unit: "week" });
    expect(result.targetHorizon).toEqual({ periods: 100, appointmentsAtLeast: 99999 });
    expect(result.plannedCallsPerDay).toBe(11778);
    // Exact (rational arithmetic, see beta-binomial.test.ts): P(X >= 99999), X ~ BB(1177800, 10, 98).
    expect(result.probabilityOfTarget).toBeCloseTo(0.5758384650077402, 12);
    expect(result.callsPerDayFor80Percent).toBe(14559);
  });

  it.each([
    [{ calls: 0, conversations: 0, appointments: 0 }, "noCalls"],
    [{ calls: 50, conversations: 10, appointments: 0 }, "noAppointments"],
  ])("refuses %o with a typed error (%s)", (counts, reason) => {
    const attempt = () => whatIf({ ...counts, appointmentsPerDay: 3 });
    expect(attempt).toThrow(InsufficientDataError);
    expect(attempt).toThrow(expect.objectContaining({ reason, name: "InsufficientDataError" }));
  });

  it.each<[string, Partial<WhatIfInput>]>([
    ["more appointments than calls", { appointments: 200 }],
    ["a target of 0", { appointmentsPerDay: 0 }],
    ["planned calls that are not whole", { plannedCallsPerDay: 2.5 }],
    ["a negative count", { conversations: -1 }],
    ["no hours in a working day", { hoursPerFtePerDay: 0 }],
  ])("rejects %s", (_name, overrides) => {
    expect(() => whatIf({ ...SEED, appointmentsPerDay: 3, ...overrides })).toThrow(RangeError);
  });
});

describe("whatIfOverKpis", () => {
  it("plans from the pooled totals, hours from the weeks that logged both calls and hours", () => {
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [
        worked("a", "2026-W46", { ...SEED_WEEK_VALUES, hours: 30 }),
        // No hours logged: its calls count for the rate, not for the time per call.
        worked("b", "2026-W46", { calls: 94, conversations: 22, appointments: 11 }),
      ],
    });
    const result = whatIfOverKpis(kpis, { appointmentsPerDay: 2 });
    expect(result.callsPerDay).toBeCloseTo((2 * 200) / 20, 10);
    expect(result.conversationsPerDay).toBeCloseTo((2 * 60) / 20, 10);
    expect(result.hoursPerDay).toBeCloseTo(result.callsPerDay / (106 / 30), 10);
    expect(result.fte).toBeCloseTo((result.hoursPerDay ?? 0) / 8, 10);
  });

  it("without any logged hours there is no time or FTE", () => {
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [worked("a", "2026-W46", SEED_WEEK_VALUES)],
    });
    expect(whatIfOverKpis(kpis, { appointmentsPerDay: 3 })).toMatchObject({ hoursPerDay: null, fte: null });
  });
});

describe("a fractional target is never rounded into another question", () => {
  it.each([
    [2.5, { periods: 2, appointmentsAtLeast: 5 }],
    [3, { periods: 1, appointmentsAtLeast: 3 }],
    [0.3, { periods: 10, appointmentsAtLeast: 3 }],
    [12.5, { periods: 2, appointmentsAtLeast: 25 }],
    [1.25, { periods: 4, appointmentsAtLeast: 5 }],
  ])("%f a period is at least %o", (target, horizon) => {
    expect(targetHorizon(target)).toEqual(horizon);
  });

  it("gives 2.5 a day its own chance: at least 5 in two days of 30 calls, not 3 in one", () => {
    const half = whatIf({ ...SEED, appointmentsPerDay: 2.5, plannedCallsPerDay: 30 });
    const three = whatIf({ ...SEED, appointmentsPerDay: 3, plannedCallsPerDay: 30 });
    expect(half.probabilityOfTarget).toBeCloseTo(exactAtLeast(5, 60, 10, 98), 12);
    expect(half.probabilityOfTarget).toBeGreaterThan(three.probabilityOfTarget + 0.05);
    expect(half.targetHorizon).toEqual({ periods: 2, appointmentsAtLeast: 5 });
  });
});

describe("the calls the target takes at the rate's 95% interval", () => {
  it("for the seed week: 3 a day at the 97.5% and 2.5% points of Beta(10, 98)", () => {
    // scipy.stats.beta(10, 98).ppf(0.975) = 0.15367206789956414, .ppf(0.025) = 0.04573196245411535
    const result = whatIf({ ...SEED, appointmentsPerDay: 3 });
    expect(result.callsNeededCi95[0]).toBeCloseTo(3 / 0.15367206789956414, 6);
    expect(result.callsNeededCi95[1]).toBeCloseTo(3 / 0.04573196245411535, 6);
    expect(result.littleData).toBe(true);
  });

  it("is no longer little data once the range is within 25% of the calls", () => {
    // 900 of 10,600: Beta(901, 9701) from 0.0797 to 0.0903, a range of about 12% of the calls.
    const result = whatIf({ calls: 10_600, conversations: 3800, appointments: 900, appointmentsPerDay: 3 });
    const [low, high] = result.callsNeededCi95;
    expect((high - low) / result.callsPerDay).toBeLessThan(0.25);
    expect(result.littleData).toBe(false);
  });
});

describe("week-to-week variation beyond luck", () => {
  // Reference values: scipy.stats.betabinom.sf(8, 100, alpha, beta), alpha and beta moment-
  // matched by a separate Python script from the same definitions.
  const varying = [
    { trials: 100, successes: 4 },
    { trials: 100, successes: 15 },
    { trials: 120, successes: 6 },
    { trials: 80, successes: 12 },
    { trials: 100, successes: 3 },
    { trials: 110, successes: 14 },
  ];
  const steady = [
    { trials: 100, successes: 9 },
    { trials: 100, successes: 8 },
    { trials: 100, successes: 9 },
    { trials: 100, successes: 10 },
  ];

  it("widens the chance where weeks vary more than luck explains", () => {
    const plan = { appointmentsPerDay: 9, plannedCallsPerDay: 100 };
    const result = whatIf({
      calls: 610,
      conversations: 200,
      appointments: 54,
      ...plan,
      weeklyCounts: varying,
    });
    expect(result.extraWeeklyVariance).toBeCloseTo(0.00236355346136272, 12);
    expect(result.probabilityOfTarget).toBeCloseTo(0.46416275115822825, 9);
    const plain = whatIf({ calls: 610, conversations: 200, appointments: 54, ...plan });
    expect(plain.probabilityOfTarget).toBeCloseTo(0.5395090068611763, 9);
  });

  it("answers the same from the weeks' estimate as from the weeks (what the browser is sent)", () => {
    const plan = {
      calls: 610,
      conversations: 200,
      appointments: 54,
      appointmentsPerDay: 2.5,
      unit: "week" as const,
    };
    const fromWeeks = whatIf({ ...plan, weeklyCounts: varying });
    expect(whatIf({ ...plan, extraWeeklyVariance: extraWeeklyVariance(varying) })).toEqual(fromWeeks);
  });

  it.each([
    ["both the weeks and their estimate", { weeklyCounts: steady, extraWeeklyVariance: 0.001 }],
    ["an estimate that is no number", { extraWeeklyVariance: Number.NaN }],
  ])("refuses %s", (_, given) => {
    expect(() => whatIf({ ...SEED, appointmentsPerDay: 3, ...given })).toThrow(RangeError);
  });

  it("is exactly the plain beta-binomial where the estimate is at or below 0", () => {
    const plan = { appointmentsPerDay: 9, plannedCallsPerDay: 100 };
    const result = whatIf({
      calls: 400,
      conversations: 150,
      appointments: 36,
      ...plan,
      weeklyCounts: steady,
    });
    expect(result.extraWeeklyVariance).toBeCloseTo(-0.0007523333333333334, 12);
    const plain = whatIf({ calls: 400, conversations: 150, appointments: 36, ...plan });
    expect(result.probabilityOfTarget).toBe(plain.probabilityOfTarget);
    expect(result.probabilityOfTarget).toBeCloseTo(0.5621210028800736, 9);
  });
});

describe("a target per week", () => {
  it("has per-week central figures that are the per-day ones times 5", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0.1, max: 400, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (calls, conversationsAbove, appointmentsBelow, hours, perDay) => {
          const appointments = Math.min(calls, appointmentsBelow);
          const base = { calls, conversations: appointments + conversationsAbove, appointments, hours };
          const day = whatIf({ ...base, appointmentsPerDay: perDay, maxCallsPerDay: 1000 });
          const week = whatIf({
            ...base,
            appointmentsPerDay: perDay * 5,
            unit: "week",
            maxCallsPerDay: 1000,
          });
          const close = (a: number | null, b: number | null) => {
            expect(a).not.toBeNull();
            expect(a as number).toBeCloseTo((b as number) * 5, 6);
          };
          close(week.callsPerDay, day.callsPerDay);
          close(week.conversationsPerDay, day.conversationsPerDay);
          close(week.hoursPerDay, day.hoursPerDay);
          close(week.callsNeededCi95[0], day.callsNeededCi95[0]);
          close(week.callsNeededCi95[1], day.callsNeededCi95[1]);
          // The same share of a rep: a week is five working days.
          expect(week.fte).toBeCloseTo(day.fte as number, 9);
          expect(week.littleData).toBe(day.littleData);
        },
      ),
      { numRuns: 60 },
    );
  });
});
