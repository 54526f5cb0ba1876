import { describe, expect, it } from "vitest";
import { laggingResultSchema, parseAmount, weekStartOfResultPeriod } from "./results-definitions";

describe("weekStartOfResultPeriod", () => {
  it.each([
    ["2026-W47", "2026-11-16"],
    ["2026-11", "2026-10-26"],
    ["2026-06", "2026-06-01"],
    ["2025-W53", null],
    ["2026-W53", "2026-12-28"],
    ["2026-13", null],
    ["47", null],
  ])("%s -> %s", (text, monday) => {
    expect(weekStartOfResultPeriod(text)).toBe(monday);
  });
});

describe("parseAmount", () => {
  it.each([
    ["1250", 1250],
    ["1.250,50", 1250.5],
    ["1,250.50", 1250.5],
    ["1250,5", 1250.5],
    ["1.250", 1250],
    ["12.5", 12.5],
    ["", undefined],
    ["-5", Number.NaN],
    ["1,2345", Number.NaN],
  ])("%s -> %s", (text, value) => {
    expect(parseAmount(text)).toEqual(value);
  });
});

describe("laggingResultSchema", () => {
  const valid = {
    memberId: "6f1c1a3e-4b7a-4a38-9d7e-0a0d2d6d7e11",
    period: "2026-W47",
    appointmentsHeld: "3",
    dealsWon: "1",
    revenueWon: "4.500,00",
  };

  it("reads form strings", () => {
    expect(laggingResultSchema.parse(valid)).toEqual({
      ...valid,
      appointmentsHeld: 3,
      dealsWon: 1,
      revenueWon: 4500,
    });
  });

  it.each([
    ["memberId", "not-a-uuid", "chooseRep"],
    ["period", "next week", "weekOrMonth"],
    ["appointmentsHeld", "-1", "wholeNumberNotNegative"],
    ["dealsWon", "1.5", "wholeNumberNotNegative"],
    ["revenueWon", "lots", "amountNotNegative"],
  ])("refuses %s = %s with %s", (field, value, key) => {
    const result = laggingResultSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message: key });
  });

  it("requires the counts", () => {
    const result = laggingResultSchema.safeParse({ ...valid, dealsWon: " " });
    expect(result.error?.issues[0]?.path).toEqual(["dealsWon"]);
  });
});
