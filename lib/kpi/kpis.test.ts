import { describe, expect, it } from "vitest";
import { FUNNEL_WITH_LINKEDIN, FUNNEL_WITH_LINKEDIN_RATIO_KEYS } from "@/db/test/funnels";
import { SEED_WEEK_VALUES, UNRECORDED_RATIO, weekOff, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "./default-funnel";
import { computeKpis, type KpiRatio } from "./kpis";
import type { WeekRecord } from "./types";

const ratioOf = (ratios: KpiRatio[], key: string) => {
  const found = ratios.find((ratio) => ratio.key === key);
  if (!found) throw new Error(`no ratio ${key}`);
  return found;
};

/** Wilson at 9/38 reaches a half-width of 0.2 x 9/38 at 308 conversations (checked outside the engine). */
const ADDITIONAL_CONVERSATIONS_FOR_9_OF_38 = 270;

describe("computeKpis on the seed week (9 of 38 of 106)", () => {
  const kpis = computeKpis({
    metrics: DEFAULT_METRICS,
    weeks: [worked("trainees", "2026-W47", { ...SEED_WEEK_VALUES })],
  });

  it("pools the totals", () => {
    expect(kpis.weeksWithData).toBe(1);
    expect(kpis.totals).toMatchObject(SEED_WEEK_VALUES);
  });

  it.each([
    // key, numerator, denominator, value (4 dp), low, high
    ["conversationsPerCall", 38, 106, 0.3585, 0.2736, 0.4533],
    ["appointmentsPerConversation", 9, 38, 0.2368, 0.1299, 0.3921],
    ["appointmentsPerCall", 9, 106, 0.0849, 0.0453, 0.1535],
    ["shortCallbacksPerConversation", 16, 38, 0.4211, 0.2785, 0.5781],
    ["longCallbacksPerConversation", 3, 38, 0.0789, 0.0272, 0.208],
  ])("%s = %i / %i = %f in [%f, %f]", (key, numerator, denominator, value, low, high) => {
    const ratio = ratioOf(kpis.ratios, key);
    expect(ratio).toMatchObject({ numerator, denominator });
    expect(ratio.value).toBeCloseTo(value, 4);
    expect(ratio.ci95?.[0]).toBeCloseTo(low, 4);
    expect(ratio.ci95?.[1]).toBeCloseTo(high, 4);
    expect(ratio.enoughData).toBe(false);
  });

  it("says how many more conversations, and weeks at this pace, make 9/38 tight to ±20% of it", () => {
    // ±20% of 23.7% is ±4.7 points: about 308 conversations in all (Wilson), 38 a week.
    const ratio = ratioOf(kpis.ratios, "appointmentsPerConversation");
    expect(ratio.weeks).toBe(1);
    expect(ratio.additionalDenominatorNeeded).toBe(ADDITIONAL_CONVERSATIONS_FOR_9_OF_38);
    expect(ratio.additionalWeeksNeeded).toBe(Math.ceil(ADDITIONAL_CONVERSATIONS_FOR_9_OF_38 / 38));
  });

  it("derives calls per appointment, but nothing from hours that were never logged", () => {
    expect(kpis.derived.callsPerAppointment).toBeCloseTo(106 / 9, 12);
    expect(kpis.derived.callsPerHour).toBeNull();
    expect(kpis.derived.minutesPerCall).toBeNull();
  });
});

describe("computeKpis with a blank field (the pooling rule)", () => {
  const kpis = computeKpis({
    metrics: DEFAULT_METRICS,
    weeks: [
      worked("ann", "2026-W01", { calls: 100, conversations: 30 }),
      worked("ann", "2026-W02", { calls: 100, conversations: 30, appointments: 6 }),
    ],
  });

  it.each([
    // key, numerator, denominator, weeks, value
    ["appointmentsPerConversation", 6, 30, 1, 0.2],
    ["appointmentsPerCall", 6, 100, 1, 0.06],
    ["conversationsPerCall", 60, 200, 2, 0.3],
  ])("%s pools %i / %i over %i weeks", (key, numerator, denominator, weeks, value) => {
    const ratio = ratioOf(kpis.ratios, key);
    expect(ratio).toMatchObject({ numerator, denominator, weeks, enoughData: false });
    expect(ratio.value).toBeCloseTo(value, 12);
  });

  it("reads a ratio that was never recorded as 0 / 0 over 0 weeks, never as enough data", () => {
    expect(ratioOf(kpis.ratios, "shortCallbacksPerConversation")).toMatchObject({
      ...UNRECORDED_RATIO,
      additionalDenominatorNeeded: null,
      additionalWeeksNeeded: null,
    });
  });

  it("keeps totals the sums of what was recorded", () => {
    expect(kpis.totals).toMatchObject({ calls: 200, conversations: 60, appointments: 6 });
  });
});

describe("computeKpis edge cases", () => {
  it("gives null values and intervals, not NaN, where a denominator is 0", () => {
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [worked("ann", "2026-W47", { calls: 0, conversations: 0, appointments: 0 })],
    });
    for (const ratio of kpis.ratios) {
      expect(ratio).toMatchObject({ value: null, ci95: null, enoughData: false });
      expect(ratio.additionalDenominatorNeeded).toBeNull();
    }
    expect(kpis.derived).toEqual({
      callsPerHour: null,
      minutesPerCall: null,
      callsPerAppointment: null,
    });
  });

  it("handles no weeks at all", () => {
    const kpis = computeKpis({ metrics: DEFAULT_METRICS, weeks: [] });
    expect(kpis.weeksWithData).toBe(0);
    expect(kpis.totals.calls).toBe(0);
    expect(kpis.ratios.every((ratio) => ratio.value === null)).toBe(true);
  });

  it("excludes weeks off, even with stray values, unlike a week of zeros", () => {
    const seedWeek = worked("ann", "2026-W46", { ...SEED_WEEK_VALUES });
    const withWeekOff = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [seedWeek, weekOff("ann", "2026-W47", { calls: 500, appointments: 1 })],
    });
    const withZeros = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [seedWeek, worked("ann", "2026-W47", { calls: 0, conversations: 0, appointments: 0 })],
    });
    expect(withWeekOff).toMatchObject({ weeksWithData: 1, weeksOff: 1 });
    expect(withWeekOff.totals.calls).toBe(106);
    expect(withZeros.weeksWithData).toBe(2);
    expect(withZeros.totals.calls).toBe(106);
  });

  it("pools sum over sum, which differs from the mean of weekly ratios", () => {
    // A quiet week at 50% and a busy one at 10%: the mean of the two is 30%, but pooled it is
    // 12 of 100 = 12%, because the busy week holds 90% of the conversations.
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [
        worked("ann", "2026-W46", { calls: 30, conversations: 10, appointments: 5 }),
        worked("ann", "2026-W47", { calls: 250, conversations: 90, appointments: 9 }),
      ],
    });
    const ratio = ratioOf(kpis.ratios, "appointmentsPerConversation");
    expect(ratio.value).toBeCloseTo(14 / 100, 12);
    expect(ratio.value).not.toBeCloseTo((5 / 10 + 9 / 90) / 2, 2);
  });

  it("pools several reps of one week like several weeks of one rep", () => {
    const oneRep = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [
        worked("ann", "2026-W46", { calls: 50, appointments: 4 }),
        worked("ann", "2026-W47", { calls: 56, appointments: 5 }),
      ],
    });
    const twoReps = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [
        worked("ann", "2026-W47", { calls: 50, appointments: 4 }),
        worked("bob", "2026-W47", { calls: 56, appointments: 5 }),
      ],
    });
    const counts = (ratios: KpiRatio[]) =>
      ratios.map(({ numerator, denominator, value, ci95 }) => ({ numerator, denominator, value, ci95 }));
    expect(counts(twoReps.ratios)).toEqual(counts(oneRep.ratios));
    // Two calendar weeks of one rep are two weeks at this pace; two reps in one week, one.
    expect(ratioOf(oneRep.ratios, "appointmentsPerCall").weeks).toBe(2);
    expect(ratioOf(twoReps.ratios, "appointmentsPerCall").weeks).toBe(1);
  });

  it("reaches enoughData with plenty of data", () => {
    const weeks: WeekRecord[] = Array.from({ length: 10 }, (_, i) =>
      worked("ann", `2026-W${String(i + 1).padStart(2, "0")}`, { ...SEED_WEEK_VALUES }),
    );
    const kpis = computeKpis({ metrics: DEFAULT_METRICS, weeks });
    const perCall = ratioOf(kpis.ratios, "appointmentsPerCall");
    // 90 of 1060 = 8.5% in [6.9%, 10.3%]: ±1.7 points, within ±20% of 8.5% (±1.7).
    expect(perCall).toMatchObject({ numerator: 90, denominator: 1060, weeks: 10, enoughData: true });
    expect(perCall.additionalDenominatorNeeded).toBe(0);
    expect(perCall.additionalWeeksNeeded).toBe(0);
    // The same data at a stricter precision is not enough.
    const strict = computeKpis({ metrics: DEFAULT_METRICS, weeks, relativePrecision: 0.1 });
    expect(ratioOf(strict.ratios, "appointmentsPerCall").enoughData).toBe(false);
  });

  it("keeps the value but gives no interval when a stage is larger than the one before it", () => {
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [worked("ann", "2026-W47", { calls: 10, conversations: 12, appointments: 2 })],
    });
    const ratio = ratioOf(kpis.ratios, "conversationsPerCall");
    expect(ratio.value).toBeCloseTo(1.2, 12);
    expect(ratio).toMatchObject({
      ci95: null,
      enoughData: false,
      additionalDenominatorNeeded: null,
    });
  });

  it("derives calls per hour and minutes per call only from weeks that logged the time", () => {
    const kpis = computeKpis({
      metrics: DEFAULT_METRICS,
      weeks: [
        worked("ann", "2026-W45", { calls: 100, appointments: 8, hours: 10, talkMinutes: 250 }),
        worked("ann", "2026-W46", { calls: 60, appointments: 4, hours: 5 }),
        worked("ann", "2026-W47", { calls: 40, appointments: 3 }),
      ],
    });
    expect(kpis.derived.callsPerHour).toBeCloseTo(160 / 15, 12);
    expect(kpis.derived.minutesPerCall).toBeCloseTo(250 / 100, 12);
    expect(kpis.derived.callsPerAppointment).toBeCloseTo(200 / 15, 12);
  });

  it("computes the ratios of a custom funnel", () => {
    const kpis = computeKpis({
      metrics: FUNNEL_WITH_LINKEDIN,
      weeks: [
        worked("ann", "2026-W47", {
          ...SEED_WEEK_VALUES,
          linkedinMessages: 40,
          linkedinReplies: 6,
        }),
      ],
    });
    expect(kpis.ratios.map((ratio) => ratio.key)).toEqual(FUNNEL_WITH_LINKEDIN_RATIO_KEYS);
    expect(ratioOf(kpis.ratios, "linkedinRepliesPerLinkedinMessage").value).toBeCloseTo(0.15, 12);
    expect(kpis.totals.linkedinMessages).toBe(40);
  });

  it.each([0, -0.1, 1.5, Number.NaN])("rejects a relative precision of %f", (relativePrecision) => {
    expect(() => computeKpis({ metrics: DEFAULT_METRICS, weeks: [], relativePrecision })).toThrow(RangeError);
  });
});
