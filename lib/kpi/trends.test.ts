import { describe, expect, it } from "vitest";
import { weekOff, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "./default-funnel";
import { weeklySeries } from "./trends";

// Ann's appointments per call around the turn of 2026 (a 53-week year).
const ANN = [
  worked("ann", "2026-W49", { calls: 100, appointments: 0 }), // before the range: warms up
  worked("ann", "2026-W50", { calls: 100, appointments: 10, hours: 10 }),
  worked("ann", "2026-W51", { calls: 100, appointments: 20, hours: 10 }),
  // 2026-W52: nothing recorded
  weekOff("ann", "2026-W53", { calls: 70, appointments: 7 }),
  worked("ann", "2027-W01", { calls: 200, appointments: 20 }),
  worked("ann", "2027-W02", { calls: 100, appointments: 30 }),
  worked("ann", "2027-W03", { calls: 100, appointments: 5 }),
  worked("ann", "2027-W04", { calls: 1000, appointments: 1 }), // after the range: ignored
];

describe("weeklySeries", () => {
  const series = weeklySeries({
    metrics: DEFAULT_METRICS,
    weeks: ANN,
    fromWeek: "2026-W50",
    toWeek: "2027-W03",
    window: 2,
  });
  const at = (week: string) => {
    const point = series.find((p) => p.week === week);
    if (!point) throw new Error(`no point for ${week}`);
    return point;
  };

  it("has one point per ISO week, W53 included", () => {
    expect(series.map((p) => p.week)).toEqual([
      "2026-W50",
      "2026-W51",
      "2026-W52",
      "2026-W53",
      "2027-W01",
      "2027-W02",
      "2027-W03",
    ]);
    expect(series.map((p) => p.status)).toEqual([
      "worked",
      "worked",
      "noData",
      "notWorked",
      "worked",
      "worked",
      "worked",
    ]);
  });

  it("gives each week its own totals and ratios", () => {
    const w50 = at("2026-W50");
    expect(w50.totals?.calls).toBe(100);
    expect(w50.ratios.appointmentsPerCall?.value).toBeCloseTo(0.1, 12);
    expect(w50.ratios.appointmentsPerCall?.ci95?.[0]).toBeGreaterThan(0);
    expect(w50.derived?.callsPerHour).toBeCloseTo(10, 12);
    expect(at("2027-W01").derived?.callsPerHour).toBeNull();
    // conversations were not logged: a 0 denominator, not a gap.
    expect(w50.ratios.appointmentsPerConversation).toMatchObject({ value: null, ci95: null });
  });

  it.each(["2026-W52", "2026-W53"])("leaves %s a gap, not zeros", (week) => {
    const point = at(week);
    expect(point.totals).toBeNull();
    expect(point.derived).toBeNull();
    expect(Object.values(point.ratios).every((ratio) => ratio === null)).toBe(true);
    expect(Object.keys(point.ratios)).toContain("appointmentsPerCall");
  });

  it.each([
    // week, weeks in the rolling window, its appointments per call
    ["2026-W50", ["2026-W49", "2026-W50"], 10 / 200],
    ["2026-W51", ["2026-W50", "2026-W51"], 30 / 200],
    ["2026-W52", ["2026-W50", "2026-W51"], 30 / 200],
    ["2026-W53", ["2026-W50", "2026-W51"], 30 / 200],
    ["2027-W01", ["2026-W51", "2027-W01"], 40 / 300],
    ["2027-W02", ["2027-W01", "2027-W02"], 50 / 300],
    ["2027-W03", ["2027-W02", "2027-W03"], 35 / 200],
  ])("pools the last weeks with data at %s", (week, windowWeeks, value) => {
    const rolling = at(week).rolling;
    expect(rolling?.weeks).toEqual(windowWeeks);
    expect(rolling?.ratios.appointmentsPerCall?.value).toBeCloseTo(value, 12);
    expect(rolling?.ratios.appointmentsPerCall?.ci95).not.toBeNull();
  });

  it.each([
    ["2026-W50", null], // no window before it
    ["2026-W51", null], // the window before it holds only W49
    ["2027-W01", 40 / 300 - 10 / 200],
    ["2027-W02", 50 / 300 - 30 / 200],
    ["2027-W03", 35 / 200 - 40 / 300],
  ])("compares the window at %s with the one before it", (week, change) => {
    const actual = at(week).changeVsPreviousWindow.appointmentsPerCall;
    if (change === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(change, 12);
  });

  it("has no rolling window before the first week with data", () => {
    const early = weeklySeries({
      metrics: DEFAULT_METRICS,
      weeks: ANN.slice(1),
      fromWeek: "2026-W48",
      toWeek: "2026-W50",
    });
    expect(early.map((p) => p.rolling?.weeks ?? null)).toEqual([null, null, ["2026-W50"]]);
  });

  it("calls a team week worked when anyone worked it", () => {
    const [point] = weeklySeries({
      metrics: DEFAULT_METRICS,
      weeks: [weekOff("ann", "2026-W47"), worked("bob", "2026-W47", { calls: 10 })],
      fromWeek: "2026-W47",
      toWeek: "2026-W47",
    });
    expect(point?.status).toBe("worked");
    expect(point?.totals?.calls).toBe(10);
  });

  it.each([0, 1.5])("rejects a window of %f weeks", (window) => {
    expect(() =>
      weeklySeries({
        metrics: DEFAULT_METRICS,
        weeks: [],
        fromWeek: "2026-W01",
        toWeek: "2026-W02",
        window,
      }),
    ).toThrow(RangeError);
  });
});
