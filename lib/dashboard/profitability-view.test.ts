import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { worked } from "@/lib/kpi/test-support";
import { buildProfitability, type ProfitabilityInput } from "./profitability-view";

const person = (id: string) => ({ id, name: id, startedOn: "2026-11-02" }); // 2026-W45
const base: ProfitabilityInput = {
  metrics: DEFAULT_METRICS,
  people: [person("ann")],
  records: [
    worked("ann", "2026-W45", { calls: 100, conversations: 30, appointments: 5, hours: 20 }),
    worked("ann", "2026-W46", { calls: 100, conversations: 30, appointments: 5, hours: 20 }),
  ],
  lagging: [],
  costs: new Map([["ann", { kind: "hourly", ratePerHour: 30 }]]),
  // 0.8 x 0.25 x 4000 = 800 per booked appointment.
  valueModel: { showRate: 0.8, closeRate: 0.25, averageDealValue: 4000 },
  fromWeek: "2026-W45",
  toWeek: "2026-W46",
};

describe("profitability per rep", () => {
  it("an hourly rep valued by the model: cost, value, cost per appointment, break-even and payback", () => {
    const [row] = buildProfitability(base);
    if (row?.kind !== "computed") throw new Error(String(row?.kind));
    expect(row.money).toMatchObject({
      valueSource: "valueModel",
      totalCost: 1200,
      totalValue: 8000,
      costPerAppointment: 120,
      valuePerAppointment: 800,
      breakEvenAppointmentsPerWeek: 0.75,
    });
    expect(row.money.valueToCost).toBeCloseTo(8000 / 1200, 10);
    expect([row.paybackWeek, row.tenureNow]).toEqual([1, 2]);
  });

  it("revenue actually won replaces the model where results were entered in the period", () => {
    const [row] = buildProfitability({
      ...base,
      costs: new Map([["ann", { kind: "monthly", perMonth: 2600 }]]),
      lagging: [
        { memberId: "ann", weekStart: "2026-11-09", appointmentsHeld: 4, dealsWon: 1, revenueWon: 1000.1 },
        // Before the period: not counted in its value, but in the payback history.
        { memberId: "ann", weekStart: "2026-10-26", appointmentsHeld: 0, dealsWon: 0, revenueWon: 999 },
      ],
    });
    if (row?.kind !== "computed") throw new Error(String(row?.kind));
    // 2600 a month is 600 a week (x 12 / 52), for each of the two weeks.
    expect(row.money).toMatchObject({ valueSource: "wonRevenue", totalCost: 1200, totalValue: 1000.1 });
    expect(row.paybackWeek).toBeNull();
  });

  it.each([
    ["no cost set", { costs: new Map() }, "cost"],
    ["no results and no value model", { valueModel: null }, "value"],
    [
      "paid by the hour without logged hours",
      { records: [worked("ann", "2026-W45", { calls: 100, conversations: 30, appointments: 5 })] },
      "hours",
    ],
  ] as const)("says what is missing: %s", (_, change, missing) => {
    expect(buildProfitability({ ...base, ...change } as ProfitabilityInput)[0]).toMatchObject({
      kind: "missing",
      missing,
    });
  });

  it("a week off costs a monthly salary but brings nothing", () => {
    const [row] = buildProfitability({
      ...base,
      costs: new Map([["ann", { kind: "monthly", perMonth: 2600 }]]),
      records: [...base.records, { memberId: "ann", week: "2026-W47", notWorked: true, values: {} }],
      toWeek: "2026-W47",
    });
    if (row?.kind !== "computed") throw new Error(String(row?.kind));
    expect(row.money.totalCost).toBe(1800);
    expect(row.money.costPerWeek).toBe(900);
  });
});
