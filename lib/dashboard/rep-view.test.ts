import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { buildRepView } from "./rep-view";

// Lotte's share of the demo's team weeks: calls fall, talk minutes rise, appointments rise.
const CALLS = [60, 56, 51, 48, 44, 39, 37, 36];
const MINUTES = [118, 128, 133, 137, 140, 137, 141, 142];
const APPOINTMENTS = [1, 1, 2, 2, 3, 3, 4, 4];
const WEEKS = [
  "2026-W40",
  "2026-W41",
  "2026-W42",
  "2026-W43",
  "2026-W44",
  "2026-W45",
  "2026-W46",
  "2026-W47",
];
const records = WEEKS.map((week, i) =>
  worked("lotte", week, {
    calls: CALLS[i] ?? 0,
    conversations: 14,
    appointments: APPOINTMENTS[i] ?? 0,
    hours: 11,
    talkMinutes: MINUTES[i] ?? 0,
  }),
);

const view = buildRepView({
  metrics: DEFAULT_METRICS,
  records,
  lagging: [{ weekStart: "2026-10-26", appointmentsHeld: 2, dealsWon: 1, revenueWon: 4500 }],
  fromWeek: "2026-W38",
  toWeek: "2026-W47",
  relativePrecision: 0.05,
});

describe("buildRepView", () => {
  it("has a point for every week of the period, gaps included", () => {
    expect(view.weeks).toHaveLength(10);
    expect(view.weeks[0]).toMatchObject({ week: "2026-W38", status: "noData", totals: null });
    const seedish = view.weeks[2];
    expect(seedish?.ratios.appointmentsPerConversation?.value).toBeCloseTo(1 / 14, 10);
    expect(seedish?.ratios.appointmentsPerConversation?.low).toBeGreaterThan(0);
  });

  it("pools the period's ratios with intervals", () => {
    const rate = view.ratios.find((r) => r.key === "appointmentsPerConversation");
    expect(rate).toMatchObject({ numerator: 20, denominator: 112, enoughData: false });
    expect(view.ratios.map((r) => r.key)).toContain("shortCallbacksPerConversation");
    expect(view.derived.minutesPerCall).toBeCloseTo(
      MINUTES.reduce((a, b) => a + b) / CALLS.reduce((a, b) => a + b),
    );
  });

  it("tells the seed's story: fewer calls, longer calls, more appointments", () => {
    expect(view.story).toMatchObject({
      earlyWeeks: { from: "2026-W40", to: "2026-W43" },
      lateWeeks: { from: "2026-W44", to: "2026-W47" },
      firstStageKey: "calls",
      outcomeKey: "appointments",
      firstStagePerWeek: { early: 53.75, late: 39 },
      outcomePerWeek: { early: 1.5, late: 3.5 },
    });
    expect(view.story?.minutesPerCall.early).toBeCloseTo(516 / 215, 10);
    expect(view.story?.minutesPerCall.late).toBeCloseTo(560 / 156, 10);
  });

  it("puts lagging results beside the week they were entered for", () => {
    expect(view.weeks.find((w) => w.week === "2026-W44")?.lagging).toEqual({
      appointmentsHeld: 2,
      dealsWon: 1,
      revenueWon: 4500,
    });
    expect(view.laggingTotals).toEqual({ appointmentsHeld: 2, dealsWon: 1, revenueWon: 4500 });
  });

  it("gives the trend of the last four weeks against the four before", () => {
    const trend = view.trends.find((t) => t.ratioKey === "appointmentsPerConversation");
    expect(trend?.difference).toBeCloseTo(14 / 56 - 6 / 56, 10);
    // 56 conversations a window, 6 against 14 appointments: Newcombe's interval still holds 0,
    // so no arrow (it used to say "up" on this).
    expect(trend?.ci95?.[0]).toBeLessThan(0);
    expect(trend?.direction).toBe("noClearChange");
  });

  it("has no story with a single worked week", () => {
    const single = buildRepView({
      metrics: DEFAULT_METRICS,
      records: records.slice(0, 1),
      lagging: [],
      fromWeek: "2026-W40",
      toWeek: "2026-W40",
      relativePrecision: 0.05,
    });
    expect(single.story).toBeNull();
  });

  it("leaves a blank field out of the week's totals instead of showing 0", () => {
    const blank = buildRepView({
      metrics: DEFAULT_METRICS,
      records: [worked("ann", "2026-W40", { calls: 100, conversations: 30 })],
      lagging: [],
      fromWeek: "2026-W40",
      toWeek: "2026-W40",
      relativePrecision: 0.2,
    });
    expect(blank.weeks[0]?.totals).toEqual({ calls: 100, conversations: 30 });
    expect(blank.ratios.find((r) => r.key === "appointmentsPerConversation")).toMatchObject({
      weeks: 0,
      value: null,
    });
  });
});
