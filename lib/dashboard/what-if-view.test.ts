import { describe, expect, it } from "vitest";
import { SEED_WEEK_VALUES, weekOff, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { computeKpis } from "@/lib/kpi/kpis";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { InsufficientDataError, weeklyAppointmentsPerCall, whatIf } from "@/lib/kpi/what-if";
import {
  answerWhatIf,
  asksForOtherData,
  readWhatIfForm,
  type WhatIfAnswer,
  type WhatIfFields,
  type WhatIfQuestion,
  whatIfBasis,
  whatIfFields,
  whatIfHref,
  whatIfRatios,
} from "./what-if-view";

// The article's week, with 30 prospecting hours: 106 calls, 38 conversations, 9 appointments.
const seedWeeks = [worked("m1", "2026-W47", { ...SEED_WEEK_VALUES, hours: 30 })];
const seed = computeKpis({ metrics: DEFAULT_METRICS, weeks: seedWeeks });
const seedBasis = whatIfBasis(seed, { weeks: seedWeeks, metrics: DEFAULT_METRICS });

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
    // Two decimals are answered exactly; a third would be rounded away, so it is refused.
    [{ target: "7,77" }, { target: 7.77, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 }, {}],
    [{ target: "7.777" }, null, { target: { key: "tooManyDecimals", values: { max: 2 } } }],
    [{ target: "0,125" }, null, { target: { key: "tooManyDecimals", values: { max: 2 } } }],
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
    const answer = answerWhatIf(seedBasis, {
      target: 3,
      unit: "day",
      plannedCalls: null,
      hoursPerRepPerDay: 8,
    });
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
    const answer = answerWhatIf(seedBasis, {
      target: 10,
      unit: "week",
      plannedCalls: 150,
      hoursPerRepPerDay: 6,
    });
    if (answer.kind !== "plan") throw new Error(answer.kind);
    expect(answer.result.hoursPerDay).toBeCloseTo((10 * 30) / 9, 10);
    expect(answer.result.fte).toBeCloseTo((10 * 30) / 9 / 30, 10);
    expect(answer.result.plannedCallsPerDay).toBe(150);
  });

  it("a fractional target is never rounded into another question: 2.5 a day is 5 in two days", () => {
    const answer = answerWhatIf(seedBasis, {
      target: 2.5,
      unit: "day",
      plannedCalls: 30,
      hoursPerRepPerDay: 8,
    });
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
    const basis = whatIfBasis(kpis, { weeks: [...weeks], metrics: DEFAULT_METRICS });
    expect(answerWhatIf(basis, { target: 3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 })).toEqual(
      {
        kind: "insufficient",
        reason,
      },
    );
  });

  it("without logged hours there are no hours or FTE, only calls", () => {
    const weeks = [worked("m1", "2026-W47", SEED_WEEK_VALUES)];
    const noHours = computeKpis({ metrics: DEFAULT_METRICS, weeks });
    const answer = answerWhatIf(whatIfBasis(noHours, { weeks, metrics: DEFAULT_METRICS }), {
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

describe("the address of a question", () => {
  const fields = (given: Partial<WhatIfFields>): WhatIfFields => ({ ...whatIfFields({}), ...given });

  it.each([
    [{}, "/o/acme/what-if"],
    [{ target: "3" }, "/o/acme/what-if?target=3"],
    [{ target: "2,5", unit: "week", calls: "120" }, "/o/acme/what-if?target=2%2C5&unit=week&calls=120"],
    [
      { target: "drie", hours: "6", period: "52w", member: "m 1" },
      "/o/acme/what-if?target=drie&hours=6&period=52w&member=m+1",
    ],
  ] as const)("%o is at %s", (given, href) => {
    expect(whatIfHref("/o/acme/what-if", fields(given))).toBe(href);
  });

  it.each([
    ["/o/acme/what-if?target=3"],
    ["/o/acme/what-if?target=2%2C5&unit=week&calls=120&hours=6%2C5&period=52w&member=m1"],
    ["/o/acme/what-if?target=drie&unit=month"],
  ])("reads back what it wrote: %s", (href) => {
    const url = new URL(href, "https://funnelmeter.test");
    const read = whatIfFields(Object.fromEntries(url.searchParams));
    expect(whatIfHref(url.pathname, read)).toBe(href);
  });

  it.each([
    [{}, { period: "13w", member: "" }, false],
    [{ target: "3", calls: "40" }, { period: "13w", member: "" }, false],
    [{ period: "13w", member: "m1" }, { period: "13w", member: "m1" }, false],
    [{}, { period: "52w", member: "" }, true],
    [{ period: "52w" }, { period: "13w", member: "" }, true],
    [{}, { period: "13w", member: "m1" }, true],
    [{ member: "m1" }, { period: "13w", member: "" }, true],
    // A period the page could not read was shown as the default: submitting it loads it.
    [{ period: "7w" }, { period: "13w", member: "" }, true],
  ] as const)("loaded %o, submitted %o: other data %s", (loaded, submitted, other) => {
    expect(asksForOtherData(fields(loaded), submitted)).toBe(other);
  });
});

// The browser answers from the counts (whatIfBasis); the weeks never leave the server.
const CALLS_AND_APPOINTMENTS: readonly MetricDefinition[] = [
  { key: "calls", kind: "stage", of: null, position: 1 },
  { key: "appointments", kind: "outcome", of: "calls", position: 2 },
  { key: "hours", kind: "time", of: null, position: 3 },
];
const week = (member: string, isoWeek: string, values: Record<string, number>) =>
  worked(member, isoWeek, values);
const SELECTIONS: [string, readonly MetricDefinition[], WeekRecord[]][] = [
  ["the seed's one week", DEFAULT_METRICS, seedWeeks],
  [
    "reps whose weeks vary more than luck, hours in some weeks, a week off",
    DEFAULT_METRICS,
    [
      week("a", "2026-W40", { calls: 120, conversations: 40, appointments: 4, hours: 30 }),
      week("a", "2026-W41", { calls: 95, conversations: 41, appointments: 16, hours: 28 }),
      week("b", "2026-W40", { calls: 150, conversations: 30, appointments: 3 }),
      week("b", "2026-W41", { calls: 80, conversations: 35, appointments: 14, hours: 20 }),
      // Conversations not logged: the rate per call counts it, the rate per conversation does not.
      week("c", "2026-W41", { calls: 110, appointments: 12 }),
      weekOff("c", "2026-W40"),
    ],
  ],
  [
    "weeks that vary no more than luck",
    DEFAULT_METRICS,
    [
      week("a", "2026-W40", { calls: 100, conversations: 30, appointments: 9 }),
      week("a", "2026-W41", { calls: 100, conversations: 31, appointments: 8 }),
      week("b", "2026-W40", { calls: 100, conversations: 29, appointments: 9 }),
      week("b", "2026-W41", { calls: 100, conversations: 30, appointments: 10 }),
    ],
  ],
  [
    "a funnel without conversations",
    CALLS_AND_APPOINTMENTS,
    [
      week("a", "2026-W40", { calls: 60, appointments: 6, hours: 12 }),
      week("a", "2026-W41", { calls: 70, appointments: 3, hours: 15 }),
    ],
  ],
  ["calls but no appointments", DEFAULT_METRICS, [week("a", "2026-W40", { calls: 50, conversations: 10 })]],
  ["no weeks", DEFAULT_METRICS, []],
];
const QUESTIONS: WhatIfQuestion[] = [
  { target: 3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 },
  { target: 2.5, unit: "day", plannedCalls: 30, hoursPerRepPerDay: 6 },
  { target: 0.3, unit: "day", plannedCalls: null, hoursPerRepPerDay: 8 },
  { target: 10, unit: "week", plannedCalls: 150, hoursPerRepPerDay: 6 },
  { target: 12.5, unit: "week", plannedCalls: null, hoursPerRepPerDay: 7.5 },
];

/**
 * The answer from the week records themselves: the pooled ratios and every (rep, week) unit
 * handed to the engine, as the page answered on the server before the counts were split off.
 */
function answerFromRecords(
  metrics: readonly MetricDefinition[],
  weeks: readonly WeekRecord[],
  question: WhatIfQuestion,
): WhatIfAnswer {
  const kpis = computeKpis({ metrics, weeks });
  const ratio = (numeratorKey: string, denominatorKey: string) =>
    kpis.ratios.find((r) => r.numeratorKey === numeratorKey && r.denominatorKey === denominatorKey);
  const perCall = ratio("appointments", "calls");
  const perConversation = ratio("appointments", "conversations");
  const calls = perCall?.denominator ?? 0;
  if (calls === 0 && (kpis.totals.calls ?? 0) > 0) return { kind: "insufficient", reason: "noAppointments" };
  try {
    const result = whatIf({
      calls,
      conversations: perConversation?.denominator ?? 0,
      appointments: perCall?.numerator ?? 0,
      conversationRate: perConversation
        ? { conversations: perConversation.denominator, appointments: perConversation.numerator }
        : null,
      hours: kpis.derived.callsPerHour ? calls / kpis.derived.callsPerHour : null,
      weeklyCounts: weeklyAppointmentsPerCall(weeks, metrics),
      appointmentsPerDay: question.target,
      plannedCallsPerDay: question.plannedCalls,
      hoursPerFtePerDay: question.hoursPerRepPerDay,
      unit: question.unit,
    });
    return { kind: "plan", result, unit: question.unit };
  } catch (error) {
    if (error instanceof InsufficientDataError) return { kind: "insufficient", reason: error.reason };
    throw error;
  }
}

describe("the counts the browser answers from", () => {
  it.each([
    [
      "the seed's one week",
      DEFAULT_METRICS,
      seedWeeks,
      {
        appointmentsPerCall: { appointments: 9, calls: 106 },
        appointmentsPerConversation: { appointments: 9, conversations: 38 },
        callsLogged: 106,
        callsPerHour: 106 / 30,
        extraWeeklyVariance: 0,
      },
    ],
    [
      "a funnel without conversations",
      CALLS_AND_APPOINTMENTS,
      [week("a", "2026-W40", { calls: 60, appointments: 6, hours: 12 })],
      {
        appointmentsPerCall: { appointments: 6, calls: 60 },
        appointmentsPerConversation: null,
        callsLogged: 60,
        callsPerHour: 5,
        extraWeeklyVariance: 0,
      },
    ],
    [
      // The rates pool only the weeks that recorded both parts; calls per hour likewise.
      "a week without appointments or hours recorded",
      DEFAULT_METRICS,
      [
        week("a", "2026-W40", { calls: 100, conversations: 20, appointments: 5, hours: 25 }),
        week("a", "2026-W41", { calls: 80, conversations: 10 }),
      ],
      {
        appointmentsPerCall: { appointments: 5, calls: 100 },
        appointmentsPerConversation: { appointments: 5, conversations: 20 },
        callsLogged: 180,
        callsPerHour: 4,
        extraWeeklyVariance: 0,
      },
    ],
    [
      "calls but no appointments",
      DEFAULT_METRICS,
      [week("a", "2026-W40", { calls: 50, conversations: 10 })],
      {
        appointmentsPerCall: { appointments: 0, calls: 0 },
        appointmentsPerConversation: { appointments: 0, conversations: 0 },
        callsLogged: 50,
        callsPerHour: null,
        extraWeeklyVariance: 0,
      },
    ],
    [
      "no weeks",
      DEFAULT_METRICS,
      [],
      {
        appointmentsPerCall: { appointments: 0, calls: 0 },
        appointmentsPerConversation: { appointments: 0, conversations: 0 },
        callsLogged: 0,
        callsPerHour: null,
        extraWeeklyVariance: 0,
      },
    ],
  ] as const)("%s", (_, metrics, weeks, expected) => {
    const kpis = computeKpis({ metrics, weeks: [...weeks] });
    expect(whatIfBasis(kpis, { weeks: [...weeks], metrics })).toEqual(expected);
  });

  it("carries the weeks' variation beyond luck as one number (0.00236 for these six weeks)", () => {
    // The engine's reference case (lib/kpi/week-variation.test.ts): 54 of 610 in six rep-weeks.
    const weeks = [
      week("a", "2026-W39", { calls: 100, appointments: 4 }),
      week("a", "2026-W40", { calls: 100, appointments: 15 }),
      week("a", "2026-W41", { calls: 120, appointments: 6 }),
      week("b", "2026-W39", { calls: 80, appointments: 12 }),
      week("b", "2026-W40", { calls: 100, appointments: 3 }),
      week("b", "2026-W41", { calls: 110, appointments: 14 }),
    ];
    const basis = whatIfBasis(computeKpis({ metrics: CALLS_AND_APPOINTMENTS, weeks }), {
      weeks,
      metrics: CALLS_AND_APPOINTMENTS,
    });
    expect(basis.appointmentsPerCall).toEqual({ appointments: 54, calls: 610 });
    expect(basis.extraWeeklyVariance).toBeCloseTo(0.00236355346136272, 15);
  });

  it("stays a handful of numbers however many weeks it counts", () => {
    const many = Array.from({ length: 40 }, (_, rep) =>
      Array.from({ length: 52 }, (_, w) =>
        week(`rep-${rep}`, `2025-W${String(w + 1).padStart(2, "0")}`, {
          calls: 80 + ((rep * 7 + w * 3) % 50),
          conversations: 20 + ((rep + w) % 10),
          appointments: 2 + ((rep * 3 + w) % 9),
          hours: 20,
        }),
      ),
    ).flat();
    const basis = whatIfBasis(computeKpis({ metrics: DEFAULT_METRICS, weeks: many }), {
      weeks: many,
      metrics: DEFAULT_METRICS,
    });
    expect(basis.extraWeeklyVariance).toBeGreaterThan(0);
    expect(JSON.stringify(basis).length).toBeLessThan(300);
  });

  describe.each(SELECTIONS)("gives the answer the week records give: %s", (_, metrics, weeks) => {
    // Through JSON, as it reaches the browser.
    const sent = JSON.parse(
      JSON.stringify(whatIfBasis(computeKpis({ metrics, weeks }), { weeks, metrics })),
    ) as ReturnType<typeof whatIfBasis>;
    it.each(QUESTIONS)("%o", (question) => {
      expect(answerWhatIf(sent, question)).toEqual(answerFromRecords(metrics, weeks, question));
    });
  });
});
