import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { buildProfitability, type ProfitabilityInput } from "./profitability-view";

// Both start on Monday 2026-11-02 (2026-W45); 1300 a month is 300 a week.
const person = (id: string, deactivatedOn: string | null = null) => ({
  id,
  name: id,
  startedOn: "2026-11-02",
  deactivatedOn,
});
const base: ProfitabilityInput = {
  people: [person("ann"), person("bob")],
  records: [
    worked("ann", "2026-W45", { calls: 100, appointments: 5, hours: 20 }),
    worked("bob", "2026-W45", { calls: 100, appointments: 1 }),
    worked("ann", "2026-W47", { calls: 100, appointments: 5, hours: 20 }),
  ],
  lagging: [],
  pay: new Map([["ann", [{ kind: "monthly", amount: 1300, effectiveFrom: "2026-11-02" }]]]),
  // 0.8 x 0.25 x 4000 = 800 per booked appointment.
  valueModel: { showRate: 0.8, closeRate: 0.25, averageDealValue: 4000 },
  grossMargin: 0.5,
  fromWeek: "2026-W45",
  toWeek: "2026-W48",
};

describe("profitability per rep", () => {
  it("costs each employed week, values at the gross margin, and leaves a rep without pay unpriced", () => {
    const [ann, bob] = buildProfitability(base);
    expect(ann?.money).toMatchObject({ weeksEmployed: 4, costComplete: true, valueBasis: "model" });
    expect(ann?.money?.cost).toBeCloseTo(1200, 9);
    expect(ann?.money?.value).toBeCloseTo(10 * 800 * 0.5, 9);
    expect(ann?.money?.paybackTenureWeek).toBe(1);
    expect(bob).toMatchObject({ pay: [], money: null });
  });

  it("stops the cost at the deactivation and values entered results by their week", () => {
    const [ann] = buildProfitability({
      ...base,
      people: [person("ann", "2026-11-10")], // deactivated in 2026-W46
      lagging: [
        { memberId: "ann", weekStart: "2026-11-02", appointmentsHeld: 4, dealsWon: 1, revenueWon: 3000 },
        { memberId: "bob", weekStart: "2026-11-02", appointmentsHeld: 1, dealsWon: 1, revenueWon: 9999 },
      ],
    });
    expect(ann?.money).toMatchObject({ weeksEmployed: 2, valueBasis: "mixed" });
    expect(ann?.money?.cost).toBeCloseTo(600, 9);
    expect(ann?.money?.value).toBeCloseTo(1500, 9); // W45 won 3000 x 0.5; W46 no record
  });
});
