import { describe, expect, it } from "vitest";
import { MAX_PERIOD_WEEKS, periodQuery, resolvePeriod, weeksOf } from "./period";

const NOW = "2026-W48";

describe("resolvePeriod", () => {
  it.each([
    [{}, "13w", "2026-W35", "2026-W47", false],
    [{ period: "this" }, "this", "2026-W48", "2026-W48", false],
    [{ period: "4w" }, "4w", "2026-W44", "2026-W47", false],
    [{ period: "13w" }, "13w", "2026-W35", "2026-W47", false],
    [{ period: "52w" }, "52w", "2025-W48", "2026-W47", false],
    [{ period: ["4w", "52w"] }, "4w", "2026-W44", "2026-W47", false],
    [{ period: "year" }, "13w", "2026-W35", "2026-W47", true],
    [{ period: "custom", from: "2026-W30", to: "2026-W40" }, "custom", "2026-W30", "2026-W40", false],
    [{ period: "custom", from: "2026-W40", to: "2026-W30" }, "custom", "2026-W30", "2026-W40", true],
    [{ period: "custom", from: "2026-W43" }, "custom", "2026-W43", "2026-W43", true],
    [{ period: "custom", to: "2026-W43" }, "custom", "2026-W43", "2026-W43", true],
    [{ period: "custom", from: "2026-W60", to: "nonsense" }, "13w", "2026-W35", "2026-W47", true],
    [{ period: "custom", from: "2025-W53", to: "2026-W02" }, "custom", "2026-W02", "2026-W02", true],
  ])("%j gives %s from %s to %s", (params, kind, fromWeek, toWeek, adjusted) => {
    expect(resolvePeriod(params, NOW)).toEqual({ kind, fromWeek, toWeek, adjusted });
  });

  it("counts back across a 53-week year", () => {
    expect(resolvePeriod({ period: "4w" }, "2027-W02")).toMatchObject({
      fromWeek: "2026-W51",
      toWeek: "2027-W01",
    });
  });

  it("cuts a custom range to its last five years", () => {
    const period = resolvePeriod({ period: "custom", from: "2000-W01", to: "2026-W10" }, NOW);
    expect(period).toMatchObject({ toWeek: "2026-W10", adjusted: true });
    expect(weeksOf(period)).toBe(MAX_PERIOD_WEEKS);
  });

  it("refuses a current week that is no ISO week (a bug in the caller)", () => {
    expect(() => resolvePeriod({}, "2026-11-23")).toThrow(RangeError);
  });
});

describe("periodQuery", () => {
  it("round-trips through resolvePeriod", () => {
    for (const params of [{ period: "4w" }, { period: "custom", from: "2026-W01", to: "2026-W09" }]) {
      const period = resolvePeriod(params, NOW);
      const query = Object.fromEntries(new URLSearchParams(periodQuery(period)));
      expect(resolvePeriod(query, NOW)).toEqual(period);
    }
  });
});
