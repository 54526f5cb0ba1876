import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { forecastChart, forecastSelection, readForecastForm } from "./forecast-view";

describe("the forecast page's plan from the URL", () => {
  it.each([
    [{}, null, {}],
    [{ calls: " 120 " }, 120, {}],
    [{ calls: "veel" }, null, { calls: { key: "notANumber" } }],
    [{ calls: "2,5" }, null, { calls: { key: "wholeBetween", values: { max: 100000 } } }],
    [{ calls: "0" }, null, { calls: { key: "wholeBetween", values: { max: 100000 } } }],
    [{ calls: "100001" }, null, { calls: { key: "wholeBetween", values: { max: 100000 } } }],
  ])("%j plans %j calls with errors %j", (params, plannedCalls, errors) => {
    const form = readForecastForm(params);
    expect(form.plannedCalls).toBe(plannedCalls);
    expect(form.errors).toEqual(errors);
  });
});

describe("forecastSelection", () => {
  // Three reps over four weeks; b left appointments blank in W03: not a 0.
  const records = ["2026-W01", "2026-W02", "2026-W03", "2026-W04"].flatMap((week, i) => [
    worked("a", week, { calls: 100 + 10 * i, appointments: 8 + i }),
    worked("b", week, week === "2026-W03" ? { calls: 80 } : { calls: 80, appointments: 4 }),
    worked("c", week, { calls: 60, appointments: 6 }),
  ]);

  it("the team: pooled over every record that recorded both, at the last 4 weeks' average", () => {
    const answer = forecastSelection({
      records,
      memberId: null,
      to: "2026-W04",
      weeks: 2,
      plannedCallsPerWeek: null,
    });
    expect(answer.basis).toMatchObject({
      callsPerWeek: (240 + 250 + 260 + 270) / 4,
      callsPerWeekIsAverage: true,
      appointmentsPerCall: { numerator: 38 + 12 + 24, denominator: 460 + 240 + 240 },
      weeksUsed: 4,
      expectedLongRun: null,
    });
    expect(answer.weeks.map((w) => w.week)).toEqual(["2026-W05", "2026-W06"]);
  });

  it("one rep: their own counts, pulled toward the team's by the fitted prior", () => {
    const answer = forecastSelection({
      records,
      memberId: "b",
      to: "2026-W04",
      weeks: 1,
      plannedCallsPerWeek: 50,
    });
    expect(answer.basis.appointmentsPerCall).toEqual({ numerator: 12, denominator: 240, value: 0.05 });
    expect(answer.basis.weeksUsed).toBe(3);
    expect(answer.basis.callsPerWeek).toBe(50);
    const longRun = answer.basis.expectedLongRun;
    expect(longRun?.value).toBeGreaterThan(0.05);
    expect(longRun?.teamShare).toBeGreaterThan(0);
    expect(answer.basis.rateUsed).toBeGreaterThan(0.05);
  });

  it("nobody recorded calls: nothing to forecast from", () => {
    expect(() =>
      forecastSelection({
        records: [worked("a", "2026-W01", { conversations: 3 })],
        memberId: null,
        to: "2026-W01",
        weeks: 4,
        plannedCallsPerWeek: null,
      }),
    ).toThrow(InsufficientDataError);
  });
});

describe("the forecast chart", () => {
  const words = { weekShort: (week: number) => `W${week}`, expected: "Expected", band: "80% band" };
  const week = (name: string, expected: number, p10: number, p90: number) => ({
    week: name,
    expected,
    p10,
    p90,
  });

  it.each([
    ["no weeks: an empty line and band", [], { labels: [], values: [], lows: [], highs: [] }],
    [
      "the expected count to one decimal, the band as given",
      [week("2026-W05", 4.26, 2, 7), week("2026-W06", 4.25, 1, 8)],
      { labels: ["W5", "W6"], values: [4.3, 4.3], lows: [2, 1], highs: [7, 8] },
    ],
    [
      "weeks across a year end are labelled by their own week number",
      [week("2026-W53", 0.04, 0, 1), week("2027-W01", 12, 9, 15)],
      { labels: ["W53", "W1"], values: [0, 12], lows: [0, 9], highs: [1, 15] },
    ],
  ])("%s", (_, weeks, expected) => {
    const data = forecastChart(weeks, words);
    expect(data.weekLabels).toEqual(expected.labels);
    expect(data.series).toEqual([
      { id: "appointments", label: "Expected", values: expected.values, type: "line", axis: "count" },
    ]);
    expect(data.band).toEqual({
      label: "80% band",
      axis: "count",
      lows: expected.lows,
      highs: expected.highs,
    });
  });
});
