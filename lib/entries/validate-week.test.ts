import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { parseMetricValue, sameWeek, validateWeek, type WeekInput } from "./validate-week";

const week = (values: WeekInput["values"], extra: Partial<WeekInput> = {}) =>
  validateWeek({ metrics: DEFAULT_METRICS, values, notWorked: false, confirmedLargeValues: false, ...extra });

const SEED_WEEK = { calls: 106, conversations: 38, appointments: 9, shortCallbacks: 16, longCallbacks: 3 };

describe("reading one value", () => {
  it.each([
    ["12", "count", 12],
    [" 12 ", "count", 12],
    ["7,5", "hours", 7.5],
    ["7.5", "hours", 7.5],
    ["7,50", "hours", 7.5],
    ["12,0", "count", 12],
    [3, "count", 3],
    [0, "count", 0],
    ["", "count", null],
    [null, "hours", null],
  ] as const)("%j as %s is %j", (raw, unit, value) => {
    expect(parseMetricValue(raw, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ["abc", "count", "notANumber"],
    ["1.234,5", "hours", "notANumber"],
    ["-3", "count", "notNegative"],
    [-3, "count", "notNegative"],
    ["7,5", "count", "wholeNumber"],
    [2.5, "count", "wholeNumber"],
    ["7,125", "hours", "tooManyDecimals"],
    ["169", "hours", "valueTooLarge"],
    ["10081", "minutes", "valueTooLarge"],
    [Number.NaN, "count", "notANumber"],
    [Number.POSITIVE_INFINITY, "hours", "notANumber"],
  ] as const)("%j as %s is refused: %s", (raw, unit, key) => {
    const parsed = parseMetricValue(raw, unit);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.key).toBe(key);
  });
});

describe("validating a week", () => {
  it("accepts the seed article's week, from form text and from numbers alike", () => {
    const fromForm = week({
      ...Object.fromEntries(Object.entries(SEED_WEEK).map(([k, v]) => [k, String(v)])),
      hours: "30,5",
      talkMinutes: "",
    });
    expect(fromForm).toEqual({ ok: true, values: { ...SEED_WEEK, hours: 30.5 }, notWorked: false });
    expect(week({ ...SEED_WEEK, hours: 30.5 })).toEqual(fromForm);
  });

  it("refuses a stage larger than the stage before it, next to that stage", () => {
    const result = week({ calls: 30, conversations: 38 });
    expect(result).toEqual({
      ok: false,
      errors: { "metrics.conversations": { key: "stageExceedsPrevious", values: { max: 30 } } },
      needsConfirmation: false,
    });
  });

  it("refuses outcomes that add up to more than their stage", () => {
    const result = week({ ...SEED_WEEK, appointments: 20 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      "metrics.conversations": { key: "outcomesExceedStage", values: { sum: 39, max: 38 } },
    });
  });

  it("accepts outcomes that add up to exactly the stage (nobody said no)", () => {
    expect(
      week({ calls: 10, conversations: 10, appointments: 4, shortCallbacks: 3, longCallbacks: 3 }).ok,
    ).toBe(true);
  });

  it("compares only what was logged: a missing stage is not zero", () => {
    expect(week({ conversations: 5, appointments: 2 }).ok).toBe(true);
  });

  it("asks for confirmation above the usual range and accepts it once confirmed", () => {
    const unconfirmed = week({ calls: 10_000 });
    expect(unconfirmed).toEqual({
      ok: false,
      errors: { "metrics.calls": { key: "confirmLargeValue", values: { max: 2000 } } },
      needsConfirmation: true,
    });
    expect(week({ calls: 10_000 }, { confirmedLargeValues: true })).toEqual({
      ok: true,
      values: { calls: 10_000 },
      notWorked: false,
    });
    expect(week({ hours: "61" }).ok).toBe(false);
    expect(week({ hours: "60" }).ok).toBe(true);
  });

  it("never accepts the impossible, confirmed or not", () => {
    expect(week({ hours: 170 }, { confirmedLargeValues: true }).ok).toBe(false);
  });

  it("reports every bad field at once, keyed by its request path", () => {
    const result = week({ calls: "x", conversations: "-1", hours: "7,555", linkedinMessages: 3 });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      "metrics.calls",
      "metrics.conversations",
      "metrics.hours",
      "metrics.linkedinMessages",
    ]);
    expect(!result.ok && result.errors["metrics.linkedinMessages"]).toEqual({ key: "unknownMetric" });
  });

  it("a week off is its own state: no numbers, and not a week of zeros", () => {
    expect(week({}, { notWorked: true })).toEqual({ ok: true, values: {}, notWorked: true });
    expect(week({ calls: "", hours: "" }, { notWorked: true }).ok).toBe(true);
    expect(week({ calls: 0 }, { notWorked: true })).toEqual({
      ok: false,
      errors: { notWorked: { key: "notWorkedWithNumbers" } },
      needsConfirmation: false,
    });
    expect(week({ calls: 0, conversations: 0 })).toEqual({
      ok: true,
      values: { calls: 0, conversations: 0 },
      notWorked: false,
    });
  });

  it("an empty week is refused: fill in a number or say you did not work", () => {
    expect(week({ calls: "", hours: " " })).toEqual({
      ok: false,
      errors: { "metrics.calls": { key: "emptyWeek" } },
      needsConfirmation: false,
    });
  });

  it("accepts values of retired metrics (history) and checks an added channel on its own", () => {
    const metrics = [
      ...DEFAULT_METRICS.map((m) => (m.key === "longCallbacks" ? { ...m, retired: true } : m)),
      { key: "linkedinMessages", kind: "stage" as const, of: null, position: 8 },
      { key: "linkedinReplies", kind: "stage" as const, of: "linkedinMessages", position: 9 },
    ];
    const ok = validateWeek({
      metrics,
      values: { calls: 50, linkedinMessages: 20, linkedinReplies: 4, longCallbacks: 1, conversations: 5 },
      notWorked: false,
      confirmedLargeValues: false,
    });
    expect(ok.ok).toBe(true);
    const bad = validateWeek({
      metrics,
      values: { linkedinMessages: 2, linkedinReplies: 4 },
      notWorked: false,
      confirmedLargeValues: false,
    });
    expect(!bad.ok && bad.errors).toEqual({
      "metrics.linkedinReplies": { key: "stageExceedsPrevious", values: { max: 2 } },
    });
  });

  it("time metrics in minutes have a larger range than hours", () => {
    expect(week({ talkMinutes: "384,5" }).ok).toBe(true);
    expect(week({ talkMinutes: 4000 }).ok).toBe(false);
  });
});

describe("the same week", () => {
  it("ignores key order and compares notWorked", () => {
    expect(
      sameWeek({ values: { a: 1, b: 2 }, notWorked: false }, { values: { b: 2, a: 1 }, notWorked: false }),
    ).toBe(true);
    expect(
      sameWeek({ values: { a: 1 }, notWorked: false }, { values: { a: 1, b: 0 }, notWorked: false }),
    ).toBe(false);
    expect(sameWeek({ values: {}, notWorked: true }, { values: {}, notWorked: false })).toBe(false);
  });
});
