import { describe, expect, it } from "vitest";
import {
  computeProfitability,
  costOfWeek,
  type ProfitabilityInput,
  paybackTenureWeek,
} from "./profitability";

const TOTALS = { calls: 200, appointments: 8, hours: 40, weeksWithData: 2 };
const VALUE = { showRate: 0.8, closeRate: 0.25, averageDealValue: 5000 }; // 1,000 an appointment

describe("computeProfitability", () => {
  it.each<[string, ProfitabilityInput, Record<string, number | string | null>]>([
    [
      "an hourly rep against the value model",
      { totals: TOTALS, cost: { kind: "hourly", ratePerHour: 30 }, value: VALUE },
      {
        valueSource: "valueModel",
        totalCost: 1200,
        totalValue: 8000,
        costPerWeek: 600,
        costPerCall: 6,
        costPerAppointment: 150,
        valuePerAppointment: 1000,
        valueToCost: 8000 / 1200,
        breakEvenAppointmentsPerWeek: 0.6,
      },
    ],
    [
      "a monthly salary, paid in weeks off too",
      {
        totals: { ...TOTALS, weeksWithData: 4, weeksOff: 1 },
        cost: { kind: "monthly", perMonth: 5200 },
        value: VALUE,
      },
      {
        totalCost: 6000, // 5,200 * 12 / 52 = 1,200 a week, for 5 weeks
        costPerWeek: 1500, // per worked week
        costPerAppointment: 750,
        breakEvenAppointmentsPerWeek: 1.5,
      },
    ],
    [
      "won revenue instead of the model",
      {
        totals: { ...TOTALS, wonRevenue: 12000 },
        cost: { kind: "hourly", ratePerHour: 30 },
        value: VALUE,
      },
      { valueSource: "wonRevenue", valuePerAppointment: 1500, totalValue: 12000, valueToCost: 10 },
    ],
    [
      "no appointments yet",
      {
        totals: { ...TOTALS, appointments: 0 },
        cost: { kind: "hourly", ratePerHour: 30 },
        value: VALUE,
      },
      {
        costPerAppointment: null,
        valuePerAppointment: 1000,
        totalValue: 0,
        breakEvenAppointmentsPerWeek: 0.6,
      },
    ],
    [
      "won revenue but no appointments",
      {
        totals: { ...TOTALS, appointments: 0, wonRevenue: 0 },
        cost: { kind: "hourly", ratePerHour: 30 },
      },
      { valuePerAppointment: null, breakEvenAppointmentsPerWeek: null },
    ],
    [
      "nothing logged at all",
      {
        totals: { calls: 0, appointments: 0, hours: 0, weeksWithData: 0 },
        cost: { kind: "hourly", ratePerHour: 30 },
        value: VALUE,
      },
      { totalCost: 0, costPerWeek: null, costPerCall: null, valueToCost: null },
    ],
  ])("%s", (_name, input, expected) => {
    const result = computeProfitability(input);
    for (const [key, value] of Object.entries(expected)) {
      const actual = result[key as keyof typeof result];
      if (typeof value === "number") expect(actual).toBeCloseTo(value, 9);
      else expect(actual).toBe(value);
    }
  });

  it.each<[string, ProfitabilityInput, RegExp]>([
    [
      "a show rate above 1",
      {
        totals: TOTALS,
        cost: { kind: "hourly", ratePerHour: 30 },
        value: { ...VALUE, showRate: 1.2 },
      },
      /showRate/,
    ],
    [
      "a negative close rate",
      {
        totals: TOTALS,
        cost: { kind: "hourly", ratePerHour: 30 },
        value: { ...VALUE, closeRate: -0.1 },
      },
      /closeRate/,
    ],
    [
      "a negative deal value",
      {
        totals: TOTALS,
        cost: { kind: "hourly", ratePerHour: 30 },
        value: { ...VALUE, averageDealValue: -5 },
      },
      /averageDealValue/,
    ],
    [
      "a negative hourly rate",
      { totals: TOTALS, cost: { kind: "hourly", ratePerHour: -1 }, value: VALUE },
      /ratePerHour/,
    ],
    [
      "a monthly cost that is no number",
      { totals: TOTALS, cost: { kind: "monthly", perMonth: Number.NaN }, value: VALUE },
      /perMonth/,
    ],
    [
      "negative won revenue",
      { totals: { ...TOTALS, wonRevenue: -1 }, cost: { kind: "hourly", ratePerHour: 1 } },
      /wonRevenue/,
    ],
    [
      "negative hours",
      { totals: { ...TOTALS, hours: -1 }, cost: { kind: "hourly", ratePerHour: 1 }, value: VALUE },
      /hours/,
    ],
    [
      "neither a value model nor revenue",
      { totals: TOTALS, cost: { kind: "hourly", ratePerHour: 1 } },
      /value model/,
    ],
  ])("rejects %s with a clear RangeError", (_name, input, message) => {
    expect(() => computeProfitability(input)).toThrow(RangeError);
    expect(() => computeProfitability(input)).toThrow(message);
  });

  it("costs a week by the hour or by the month", () => {
    expect(costOfWeek({ kind: "hourly", ratePerHour: 25 }, 12)).toBe(300);
    expect(costOfWeek({ kind: "monthly", perMonth: 4333 }, 12)).toBeCloseTo((4333 * 12) / 52, 12);
  });
});

describe("paybackTenureWeek", () => {
  const week = (tenureWeek: number, cost: number, value: number) => ({ tenureWeek, cost, value });

  it.each([
    ["pays back in week 3", [week(1, 1000, 0), week(2, 1000, 1500), week(3, 1000, 1500)], 3],
    ["pays back in week 1", [week(1, 1000, 1000)], 1],
    ["never pays back", [week(1, 1000, 100), week(2, 1000, 100)], null],
    ["in any order", [week(3, 1000, 1500), week(1, 1000, 0), week(2, 1000, 1500)], 3],
    ["costs and brings nothing", [week(1, 0, 0), week(2, 0, 0)], null],
    ["has no weeks", [], null],
  ])("%s", (_name, series, expected) => {
    expect(paybackTenureWeek(series)).toBe(expected);
  });

  it("rejects a week that appears twice or negative money", () => {
    expect(() => paybackTenureWeek([week(1, 1, 1), week(1, 1, 1)])).toThrow(RangeError);
    expect(() => paybackTenureWeek([week(1, -1, 1)])).toThrow(RangeError);
  });
});
