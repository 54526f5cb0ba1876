import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import { backtestForecasts } from "./forecast-backtest";
import { syntheticHistory } from "./synthetic-history";

const benchRecords = (reps: number, weeks: number, seed: number) =>
  [...syntheticHistory(reps, weeks, seed)].map((w) => ({
    memberId: `rep-${w.repIndex}`,
    week: addIsoWeeks("2025-W01", w.weekIndex),
    notWorked: w.notWorked,
    values: w.values,
  }));

describe("forecast backtest on rolling origins", () => {
  it("on seed-bench history the 80% band holds 75-92% of the weeks that then happened", () => {
    const figures = backtestForecasts(benchRecords(8, 60, 3), { originStep: 3 });
    expect(figures.weeksChecked).toBeGreaterThan(400);
    expect(figures.heldAtDefaultPlan).toBeGreaterThanOrEqual(0.75);
    expect(figures.heldAtDefaultPlan).toBeLessThanOrEqual(0.92);
    expect(figures.heldAtActualCalls).toBeGreaterThanOrEqual(0.75);
    expect(figures.heldAtActualCalls).toBeLessThanOrEqual(0.92);
  });

  it("counts a week only where it was recorded, and says so when nothing could be checked", () => {
    const records = ["2026-W01", "2026-W02", "2026-W03"].map((week) =>
      worked("a", week, { calls: 100, appointments: 10 }),
    );
    expect(backtestForecasts(records, { minWeeks: 2 })).toEqual({
      weeksChecked: 2,
      heldAtDefaultPlan: 1,
      weeksCheckedAtActualCalls: 2,
      heldAtActualCalls: 1,
    });
    expect(backtestForecasts(records, { minWeeks: 8 })).toEqual({
      weeksChecked: 0,
      heldAtDefaultPlan: null,
      weeksCheckedAtActualCalls: 0,
      heldAtActualCalls: null,
    });
  });
});
