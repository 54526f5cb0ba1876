import { describe, expect, it } from "vitest";
import { weekOff, worked } from "@/db/test/week-records";
import { addIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { DEFAULT_METRICS } from "./default-funnel";
import { MIN_TREND_DENOMINATOR, ratioTrend, trendChange } from "./ratio-trend";
import { ratioDefinitions } from "./ratios";
import type { WeekRecord } from "./types";

const PER_CONVERSATION = { numeratorKey: "appointments", denominatorKey: "conversations" };
const TO = "2026-W20";

/** One rep, weeks TO-7..TO: the previous window's weeks, then the recent window's. */
function eightWeeks(previous: [number, number], recent: [number, number]): WeekRecord[] {
  return listIsoWeeks(addIsoWeeks(TO, -7), TO).map((week, i) => {
    const [conversations, appointments] = i < 4 ? previous : recent;
    return worked("ann", week, { calls: conversations * 3, conversations, appointments });
  });
}

// Newcombe intervals recomputed outside the engine (a separate Python script).
describe("trendChange: 4 calendar weeks against the 4 before, Newcombe interval of the difference", () => {
  it.each([
    // per week: previous [conversations, appointments], recent [...], direction, low, high
    ["up", [25, 5], [25, 10], 0.07311915999619883, 0.31850509933903454],
    ["noClearChange", [25, 6], [25, 7.5], -0.06285313136359319, 0.1805347088837473],
    ["down", [30, 6], [30, 3], -0.1906179243930357, -0.009114557417807437],
  ] as const)("%s", (direction, previous, recent, low, high) => {
    const change = trendChange(eightWeeks([...previous], [...recent]), DEFAULT_METRICS, PER_CONVERSATION, TO);
    expect(change.direction).toBe(direction);
    expect(change.ci95?.[0]).toBeCloseTo(low, 9);
    expect(change.ci95?.[1]).toBeCloseTo(high, 9);
    expect(change.recent).toMatchObject({ from: "2026-W17", to: "2026-W20", denominator: recent[0] * 4 });
    expect(change.previous).toMatchObject({ from: "2026-W13", to: "2026-W16", denominator: previous[0] * 4 });
    expect(change.difference).toBeCloseTo(recent[1] / recent[0] - previous[1] / previous[0], 12);
  });

  it("says no clear change for a rep at a steady 24%", () => {
    expect(trendChange(eightWeeks([25, 6], [25, 6]), DEFAULT_METRICS, PER_CONVERSATION, TO).direction).toBe(
      "noClearChange",
    );
  });

  it("needs 30 in each window's denominator: below is not enough data, whatever the interval says", () => {
    expect(MIN_TREND_DENOMINATOR).toBe(30);
    const fewer = trendChange(eightWeeks([7, 0], [10, 10]), DEFAULT_METRICS, PER_CONVERSATION, TO);
    expect(fewer.previous.denominator).toBe(28);
    expect(fewer.ci95?.[0]).toBeGreaterThan(0);
    expect(fewer.direction).toBe("notEnoughData");
    const enough = eightWeeks([7, 0], [10, 10]).map((r, i) =>
      i === 0 ? { ...r, values: { ...r.values, conversations: 9 } } : r,
    );
    const change = trendChange(enough, DEFAULT_METRICS, PER_CONVERSATION, TO);
    expect(change.previous.denominator).toBe(30);
    expect(change.direction).toBe("up");
  });

  it("counts calendar weeks: a week off or without a record still uses up its place", () => {
    const records = eightWeeks([25, 5], [25, 10]).filter((r) => r.week !== "2026-W19");
    records.push(weekOff("ann", "2026-W19"));
    const change = trendChange(records, DEFAULT_METRICS, PER_CONVERSATION, TO);
    expect(change.recent).toMatchObject({ numerator: 30, denominator: 75 });
  });

  it("pools only weeks that recorded both parts (a blank is not 0)", () => {
    const records = eightWeeks([25, 5], [25, 10]).map((r) =>
      r.week === TO ? { ...r, values: { calls: 75, conversations: 25 } } : r,
    );
    expect(trendChange(records, DEFAULT_METRICS, PER_CONVERSATION, TO).recent).toMatchObject({
      numerator: 30,
      denominator: 75,
    });
  });

  it("has no difference and no direction without data", () => {
    expect(trendChange([], DEFAULT_METRICS, PER_CONVERSATION, TO)).toMatchObject({
      difference: null,
      ci95: null,
      direction: "notEnoughData",
      recent: { numerator: 0, denominator: 0, value: null },
    });
  });
});

describe("ratioTrend", () => {
  const ratio = ratioDefinitions(DEFAULT_METRICS).find((r) => r.key === "appointmentsPerConversation");
  if (!ratio) throw new Error("no ratio");

  it("shows the 13 weeks ending at `to` and marks the unusual one", () => {
    const records = listIsoWeeks(addIsoWeeks(TO, -15), TO).map((week) =>
      worked("ann", week, { calls: 120, conversations: 40, appointments: week === "2026-W14" ? 22 : 10 }),
    );
    const trend = ratioTrend({ metrics: DEFAULT_METRICS, weeks: records, ratio, toWeek: TO });
    expect(trend.ratio).toBe("appointmentsPerConversation");
    expect(trend.weeks).toHaveLength(13);
    expect(trend.weeks[0]).toEqual({ week: "2026-W08", numerator: 10, denominator: 40, value: 0.25 });
    expect(trend.unusualWeeks).toEqual(["2026-W14"]);
    expect(trend.change.direction).toBe("noClearChange");
  });

  it("gives null values for weeks without a denominator", () => {
    const trend = ratioTrend({ metrics: DEFAULT_METRICS, weeks: [], ratio, toWeek: TO });
    expect(trend.weeks.every((w) => w.value === null && w.denominator === 0)).toBe(true);
    expect(trend.unusualWeeks).toEqual([]);
  });
});

describe("trend arrows on noise", () => {
  it("a rep at a steady 24% gets an arrow in at most about 5% of simulated cases", () => {
    // A seeded generator: the same 2,000 histories every run.
    let state = 20_261_202;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const binomial = (trials: number, rate: number) => {
      let successes = 0;
      for (let i = 0; i < trials; i++) if (random() < rate) successes += 1;
      return successes;
    };
    let arrows = 0;
    const runs = 2000;
    for (let run = 0; run < runs; run++) {
      const records = listIsoWeeks(addIsoWeeks(TO, -7), TO).map((week) =>
        worked("ann", week, { calls: 120, conversations: 40, appointments: binomial(40, 0.24) }),
      );
      const { direction } = trendChange(records, DEFAULT_METRICS, PER_CONVERSATION, TO);
      if (direction === "up" || direction === "down") arrows += 1;
    }
    // Newcombe's 95% interval: about 5% false arrows (it is slightly conservative).
    expect(arrows / runs).toBeLessThan(0.06);
    expect(arrows / runs).toBeGreaterThan(0.01);
  });
});
