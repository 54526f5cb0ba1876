import { describe, expect, it } from "vitest";
import { worked } from "@/db/test/week-records";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { forecastSelection, readForecastForm } from "./forecast-view";

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
