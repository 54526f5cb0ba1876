import { describe, expect, it } from "vitest";
import type { WeekRecord } from "./types";
import { weeklyCounts, weeklyTotals } from "./weekly-counts";

const record = (
  memberId: string,
  week: string,
  values: Record<string, number>,
  notWorked = false,
): WeekRecord => ({
  memberId,
  week,
  notWorked,
  values,
});

describe("a ratio's counts week by week", () => {
  // Out of order, across a year's end, two members in one week, a blank and a week off.
  const records = [
    record("b", "2026-W02", { calls: 10, conversations: 4 }),
    record("a", "2025-W52", { calls: 20, conversations: 5 }),
    record("a", "2026-W02", { calls: 30, conversations: 6 }),
    record("a", "2026-W01", { calls: 40 }),
    record("b", "2025-W51", { calls: 50, conversations: 7 }, true),
    record("b", "2026-W03", { calls: 5, conversations: 1 }),
  ];

  it("pools both parts per week, oldest week first, whatever the records' order", () => {
    expect(weeklyCounts(records, "conversations", "calls")).toEqual([
      { week: "2025-W52", numerator: 5, denominator: 20 },
      { week: "2026-W02", numerator: 10, denominator: 40 },
      { week: "2026-W03", numerator: 1, denominator: 5 },
    ]);
    expect(weeklyCounts([...records].reverse(), "conversations", "calls")).toEqual(
      weeklyCounts(records, "conversations", "calls"),
    );
  });

  it("totals one key per week, oldest week first", () => {
    expect(weeklyTotals(records, "calls")).toEqual([
      { week: "2025-W52", total: 20 },
      { week: "2026-W01", total: 40 },
      { week: "2026-W02", total: 40 },
      { week: "2026-W03", total: 5 },
    ]);
  });
});
