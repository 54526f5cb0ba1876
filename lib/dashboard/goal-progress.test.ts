import { describe, expect, it } from "vitest";
import { betaBinomialAtLeast } from "@/lib/kpi/beta-binomial";
import type { WeekRecord } from "@/lib/kpi/types";
import { goalProgress, paceOf } from "./goal-progress";

const week = (
  memberId: string,
  w: string,
  values: Record<string, number>,
  notWorked = false,
): WeekRecord => ({
  memberId,
  week: w,
  notWorked,
  values,
});

describe("paceOf", () => {
  it("pools the weeks that logged calls; weeks off and weeks without calls do not count", () => {
    expect(
      paceOf([
        week("ann", "2026-W44", { calls: 100, appointments: 8 }),
        week("ann", "2026-W45", { calls: 120 }),
        week("ann", "2026-W46", {}, true),
        week("ann", "2026-W47", { conversations: 10, appointments: 3 }),
        week("bob", "2026-W45", { calls: 80, appointments: 4 }),
      ]),
    ).toEqual({ calls: 300, appointments: 12, weeks: 2 });
  });
});

describe("goalProgress", () => {
  const pace = { calls: 318, appointments: 27, weeks: 3 }; // the seed: 106 calls, 9 appointments a week

  it("the chance is the beta-binomial chance of the goal in a usual week", () => {
    const progress = goalProgress(9, null, pace);
    expect(progress.callsPerWeek).toBe(106);
    expect(progress.chance).toBeCloseTo(betaBinomialAtLeast(9, 106, 28, 292), 12);
    // At the average itself it is about a coin toss; a goal above the pace is less likely.
    expect(progress.chance).toBeGreaterThan(0.4);
    expect(progress.chance).toBeLessThan(0.65);
    expect(goalProgress(15, null, pace).chance).toBeLessThan(0.1);
    expect(goalProgress(3, null, pace).chance).toBeGreaterThan(0.95);
  });

  it("says whether the week reached its goal", () => {
    expect(goalProgress(9, 9, pace)).toMatchObject({ actual: 9, reached: true });
    expect(goalProgress(9, 8, pace)).toMatchObject({ actual: 8, reached: false });
    expect(goalProgress(9, null, pace)).toMatchObject({ actual: null, reached: false });
  });

  it.each([
    ["two weeks of history", { calls: 200, appointments: 18, weeks: 2 }],
    ["no calls", { calls: 0, appointments: 0, weeks: 4 }],
    ["more appointments than calls (bad data)", { calls: 10, appointments: 12, weeks: 4 }],
  ])("no chance with %s", (_, thin) => {
    expect(goalProgress(9, null, thin)).toMatchObject({ chance: null, callsPerWeek: null });
  });

  it("a goal of zero is always made", () => {
    expect(goalProgress(0, null, pace).chance).toBe(1);
  });
});
