import { describe, expect, it } from "vitest";
import { SEED_WEEK_VALUES, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { computeKpis } from "@/lib/kpi/kpis";
import { answerWhatIf, readWhatIfForm, whatIfRatios } from "./what-if-view";

// The article's week, with 30 prospecting hours: 106 calls, 38 conversations, 9 appointments.
const seed = computeKpis({
  metrics: DEFAULT_METRICS,
  weeks: [worked("m1", "2026-W47", { ...SEED_WEEK_VALUES, hours: 30 })],
});

describe("reading the what-if question from the URL", () => {
  it.each([
    [{}, null, {}],
    [{ target: "3" }, { target: 3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 }, {}],
    [
      { target: "2,5", unit: "week", calls: "120", hours: "6,5" },
      { target: 2.5, unit: "week", plannedCalls: 120, hoursPerRepPerDay: 6.5 },
      {},
    ],
    [{ target: "drie" }, null, { target: { key: "notANumber" } }],
    [{ target: "0" }, null, { target: { key: "numberBetween", values: { max: 1000 } } }],
    [{ target: "5000" }, null, { target: { key: "numberBetween", values: { max: 1000 } } }],
    [{ target: "3", calls: "40,5" }, null, { calls: { key: "wholeBetween", values: { max: 100000 } } }],
    [{ target: "3", hours: "25" }, null, { hours: { key: "numberBetween", values: { max: 24 } } }],
    [{ target: "3", unit: "month" }, null, { unit: { key: "invalid" } }],
    [{ target: "3", period: "7w" }, null, { period: { key: "invalid" } }],
  ])("%o", (params, question, errors) => {
    const form = readWhatIfForm(params);
    expect(form.question).toEqual(question);
    expect(form.errors).toEqual(errors);
  });

  it("shows what was typed again, and the defaults where nothing was", () => {
    expect(readWhatIfForm({ target: ["2,5", "9"], member: "abc" }).values).toEqual({
      target: "2,5",
      unit: "day",
      calls: "",
      hours: "",
      period: "13w",
      member: "abc",
    });
  });
});

describe("answering it", () => {
  it("the seed's week: 3 appointments a day take about 35 calls, 13 conversations and 10 hours", () => {
    const answer = answerWhatIf(seed, { target: 3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 });
    expect(answer.kind).toBe("plan");
    if (answer.kind !== "plan") return;
    expect(answer.result.callsPerDay).toBeCloseTo((3 * 106) / 9, 10);
    expect(answer.result.conversationsPerDay).toBeCloseTo((3 * 38) / 9, 10);
    expect(answer.result.hoursPerDay).toBeCloseTo((3 * 30) / 9, 10);
    expect(answer.result.fte).toBeCloseTo(10 / 8, 10);
    expect(answer.result.plannedCallsPerDay).toBe(36);
    // One week of data: at exactly the calls the average takes, the chance is near a coin flip.
    expect(answer.result.probabilityOfTarget).toBeGreaterThan(0.3);
    expect(answer.result.probabilityOfTarget).toBeLessThan(0.7);
    expect(answer.result.callsPerDayFor80Percent).toBeGreaterThan(36);
    expect(answer.result.targetHorizon).toEqual({ periods: 1, appointmentsAtLeast: 3 });
  });

  it("a weekly target counts a rep's week as five days of their hours", () => {
    const answer = answerWhatIf(seed, { target: 10, unit: "week", plannedCalls: 150, hoursPerRepPerDay: 6 });
    if (answer.kind !== "plan") throw new Error(answer.kind);
    expect(answer.result.hoursPerDay).toBeCloseTo((10 * 30) / 9, 10);
    expect(answer.result.fte).toBeCloseTo((10 * 30) / 9 / 30, 10);
    expect(answer.result.plannedCallsPerDay).toBe(150);
  });

  it("a fractional target is never rounded into another question: 2.5 a day is 5 in two days", () => {
    const answer = answerWhatIf(seed, { target: 2.5, unit: "day", plannedCalls: 30, hoursPerRepPerDay: 8 });
    expect(answer.kind === "plan" && answer.result.targetHorizon).toEqual({
      periods: 2,
      appointmentsAtLeast: 5,
    });
  });

  it.each([
    ["no weeks", [], "noCalls"],
    [
      "calls but no appointments",
      [worked("m1", "2026-W47", { calls: 50, conversations: 10 })],
      "noAppointments",
    ],
  ] as const)("says there is nothing to plan from with %s", (_, weeks, reason) => {
    const kpis = computeKpis({ metrics: DEFAULT_METRICS, weeks: [...weeks] });
    expect(answerWhatIf(kpis, { target: 3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 })).toEqual({
      kind: "insufficient",
      reason,
    });
  });

  it("without logged hours there are no hours or FTE, only calls", () => {
    const noHours = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [worked("m1", "2026-W47", SEED_WEEK_VALUES)],
    });
    const answer = answerWhatIf(noHours, {
      target: 3,
      unit: "day",
      plannedCalls: null,
      hoursPerRepPerDay: 8,
    });
    expect(answer.kind === "plan" && [answer.result.hoursPerDay, answer.result.fte]).toEqual([null, null]);
  });

  it("picks the ratios it runs on", () => {
    const ratios = whatIfRatios(seed);
    expect(ratios.appointmentsPerCall?.value).toBeCloseTo(9 / 106, 10);
    expect(ratios.conversationsPerCall?.value).toBeCloseTo(38 / 106, 10);
    expect(ratios.appointmentsPerConversation?.value).toBeCloseTo(9 / 38, 10);
    expect(ratios.callsPerHour).toBeCloseTo(106 / 30, 10);
  });
});
