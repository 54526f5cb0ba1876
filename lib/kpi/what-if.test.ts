import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "./default-funnel";
import { computeKpis } from "./kpis";
import { SEED_WEEK_VALUES, worked } from "./test-support";
import {
  InsufficientDataError,
  probabilityOfTarget,
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
