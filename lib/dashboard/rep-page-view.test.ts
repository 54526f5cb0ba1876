import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import type { FunnelLabels } from "./labels";
import type { RatioView } from "./ratio-view";
import {
  countKeys,
  derivedRates,
  effortChart,
  hasMinutes,
  type RepChartWords,
  ratioCards,
  ratioChart,
  repPageView,
  unusualWeeksNote,
} from "./rep-page-view";
import { buildRepView, type RepWeek } from "./rep-view";

const words: RepChartWords = {
  weekShort: (week) => `W${week}`,
  weekName: (week, year) => `Week ${week}, ${year}`,
  minutesPerCall: "Minutes per call",
  interval: "95% interval",
  unusualWeeks: (count, weeks) => `${count} unusual: ${weeks}`,
};
const labels: FunnelLabels = {
  metrics: { calls: "Calls", appointments: "Appointments" },
  ratios: { "appointments/calls": "Appointments per call" },
  units: { calls: "calls" },
};

const ratio = (key: string, denominator: number, weeks: number): RatioView => ({
  key,
  numeratorKey: key.split("/")[0] ?? key,
  denominatorKey: key.split("/")[1] ?? key,
  numerator: 0,
  denominator,
  value: denominator > 0 ? 0 : null,
  low: null,
  high: null,
  weeks,
  enoughData: false,
  additionalNeeded: null,
  additionalWeeks: null,
});

const week = (
  name: string,
  totals: Record<string, number> | null,
  minutesPerCall: number | null,
): RepWeek => ({
  week: name,
  status: totals ? "worked" : "noData",
  totals,
  ratios: { "appointments/calls": totals ? { value: 0.1, low: 0.05, high: 0.2 } : null },
  derived: totals ? { callsPerHour: null, minutesPerCall, callsPerAppointment: null } : null,
  lagging: null,
});

describe("ratioCards", () => {
  it.each([
    { denominator: 10, weeks: 2, shown: true, why: "recorded with a base" },
    { denominator: 0, weeks: 0, shown: true, why: "never recorded: reads 'not recorded'" },
    { denominator: 0, weeks: 3, shown: false, why: "recorded with a 0 base: noise" },
  ])("$why → shown: $shown", ({ denominator, weeks, shown }) => {
    const cards = ratioCards(
      { ratios: [ratio("appointments/calls", denominator, weeks)], headlineRatioKeys: [], trends: [] },
      labels,
    );
    expect(cards.length === 1).toBe(shown);
  });

  it.each([
    { key: "appointments/calls", label: "Appointments per call", unit: "calls", showsTrend: true },
    { key: "shortCallbacks/hours", label: "shortCallbacks/hours", unit: "hours", showsTrend: false },
  ])("$key: label, unit and trend fall back to the keys", ({ key, label, unit, showsTrend }) => {
    const trend = {
      ratioKey: key,
      difference: 0.1,
      ci95: null,
      direction: "noClearChange" as const,
      window: 4,
    };
    const [card] = ratioCards(
      { ratios: [ratio(key, 5, 1)], headlineRatioKeys: ["appointments/calls"], trends: [trend] },
      labels,
    );
    expect(card).toMatchObject({ key, label, unit, showsTrend, trend });
  });
});

describe("derivedRates", () => {
  it.each([
    [{ callsPerHour: null, minutesPerCall: null, callsPerAppointment: null }, []],
    [
      { callsPerHour: 8, minutesPerCall: null, callsPerAppointment: 0 },
      [
        { key: "callsPerHour", value: 8 },
        { key: "callsPerAppointment", value: 0 },
      ],
    ],
  ])("%j → %j", (derived, expected) => {
    expect(derivedRates({ derived })).toEqual(expected);
  });
});

describe("the effort chart", () => {
  const withMinutes = [week("2026-W40", { calls: 50 }, 2.5), week("2026-W41", null, null)];
  const withoutMinutes = [week("2026-W40", { calls: 50 }, null), week("2026-W41", { appointments: 2 }, null)];

  it.each([
    { weeks: withMinutes, minutes: true, ids: ["calls", "minutesPerCall"] },
    { weeks: withoutMinutes, minutes: false, ids: ["calls"] },
  ])("draws minutes per call only when some week has them ($minutes)", ({ weeks, minutes, ids }) => {
    expect(hasMinutes({ weeks })).toBe(minutes);
    const chart = effortChart({ weeks }, ["calls"], labels, words, ["W40", "W41"]);
    expect(chart.series.map((series) => series.id)).toEqual(ids);
    expect(chart.weekLabels).toEqual(["W40", "W41"]);
  });

  it("a bar per counted metric, a blank week as no value, a line on the minutes axis", () => {
    const chart = effortChart({ weeks: withMinutes }, ["calls"], labels, words, ["W40", "W41"]);
    expect(chart.series).toEqual([
      { id: "calls", label: "Calls", values: [50, null], type: "bar", axis: "count" },
      { id: "minutesPerCall", label: "Minutes per call", values: [2.5, null], type: "line", axis: "minutes" },
    ]);
  });

  it("counts leave the time metrics out", () => {
    const keys = countKeys({ effortKeys: ["calls", "appointments", "hours"] }, DEFAULT_METRICS);
    expect(keys).toEqual(["calls", "appointments"]);
  });
});

describe("a ratio chart", () => {
  const weeks = [week("2026-W40", { calls: 50 }, null), week("2026-W41", null, null)];

  it.each([
    { unusual: [], note: undefined, marked: [false, false] },
    { unusual: ["2026-W40"], note: "1 unusual: W40", marked: [true, false] },
  ])("marks $unusual and says so: $note", ({ unusual, note, marked }) => {
    const chart = ratioChart(
      { weeks, unusualWeeks: { "appointments/calls": unusual } },
      "appointments/calls",
      labels,
      words,
      ["W40", "W41"],
    );
    expect(chart.note).toBe(note);
    expect(chart.title).toBe("Appointments per call");
    expect(chart.data.series[0]?.marked).toEqual(marked);
    expect(chart.data.series[0]?.values).toEqual([0.1, null]);
    expect(chart.data.band).toEqual({ label: "95% interval", lows: [0.05, null], highs: [0.2, null] });
  });

  it.each([
    [[], undefined],
    [["2026-W40", "2026-W47"], "2 unusual: W40, W47"],
  ])("the note for unusual weeks %j is %j", (unusual, note) => {
    expect(unusualWeeksNote(unusual, words)).toBe(note);
  });
});

describe("repPageView", () => {
  const view = buildRepView({
    metrics: DEFAULT_METRICS,
    records: ["2026-W46", "2026-W47"].map((w) =>
      worked("lotte", w, { calls: 40, conversations: 14, appointments: 3, hours: 8, talkMinutes: 120 }),
    ),
    lagging: [],
    fromWeek: "2026-W46",
    toWeek: "2026-W47",
    relativePrecision: 0.2,
  });
  const page = repPageView({ view, metrics: DEFAULT_METRICS, labels, words });

  it("names every week of the period, short on the axis and in full in the tables", () => {
    expect(page.weekNames).toEqual(["Week 46, 2026", "Week 47, 2026"]);
    expect(page.effortChart.weekLabels).toEqual(["W46", "W47"]);
    expect(page.ratioCharts.every((chart) => chart.data.weekLabels.join() === "W46,W47")).toBe(true);
  });

  it("one chart per headline ratio, the counted metrics as bars and minutes per call as a line", () => {
    expect(page.ratioCharts.map((chart) => chart.key)).toEqual(view.headlineRatioKeys);
    expect(page.countKeys).toEqual(["calls", "conversations", "appointments"]);
    expect(page.hasMinutes).toBe(true);
    expect(page.effortChart.series.at(-1)?.id).toBe("minutesPerCall");
  });
});
