import { describe, expect, it } from "vitest";
import { SEED_WEEK_VALUES, weekOff, worked } from "@/db/test/week-records";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import type { MetricDefinition } from "@/lib/kpi/types";
import { effortKeys, headlineRatios, primaryRatio } from "./ratio-view";
import {
  buildTeamView,
  buildTeamViewFromSums,
  type TeamMember,
  teamSumsFromRecords,
  trendFromWeek,
  trendOf,
} from "./team-view";

const members: TeamMember[] = [
  { id: "ann", name: "Ann", role: "rep", status: "active" },
  { id: "bob", name: "Bob", role: "rep", status: "deactivated" },
  { id: "boss", name: "Boss", role: "owner", status: "active" },
];

const base = { metrics: DEFAULT_METRICS, members, relativePrecision: 0.05, visibleMemberIds: null };

describe("the ratios a dashboard shows", () => {
  it("picks the funnel's steps and main outcomes, not callbacks", () => {
    expect(headlineRatios(DEFAULT_METRICS).map((r) => r.key)).toEqual([
      "conversationsPerCall",
      "appointmentsPerConversation",
      "appointmentsPerCall",
    ]);
    expect(primaryRatio(DEFAULT_METRICS)?.key).toBe("appointmentsPerConversation");
    expect(effortKeys(DEFAULT_METRICS)).toEqual(["calls", "conversations", "appointments", "hours"]);
  });

  it("follows an organization's own funnel (a LinkedIn channel, a renamed outcome, a retired one)", () => {
    const funnel: MetricDefinition[] = [
      { key: "messages", kind: "stage", of: null, position: 1 },
      { key: "responses", kind: "stage", of: "messages", position: 2 },
      { key: "demos", kind: "outcome", of: "responses", position: 4 },
      { key: "meetings", kind: "outcome", of: "responses", position: 3, retired: true },
    ];
    expect(headlineRatios(funnel).map((r) => r.key)).toEqual([
      "responsesPerMessage",
      "demosPerResponse",
      "demosPerMessage",
    ]);
    expect(primaryRatio(funnel)?.key).toBe("demosPerResponse");
    expect(effortKeys(funnel)).toEqual(["messages", "responses", "demos"]);
  });
});

describe("buildTeamView", () => {
  it("reuses a row's figures for the same sums and rules, and computes them again under other rules", () => {
    const records = [
      worked("ann", "2026-W40", { calls: 100, conversations: 36, appointments: 9 }),
      worked("bob", "2026-W41", { calls: 60, conversations: 20, appointments: 4 }),
    ];
    const sums = teamSumsFromRecords(DEFAULT_METRICS, records, "2026-W40", "2026-W41");
    const input = { ...base, sums, toWeek: "2026-W41" };
    const first = buildTeamViewFromSums(input);
    const again = buildTeamViewFromSums({ ...input, members: [...members] });
    expect(again.rows[0]?.ratios).toBe(first.rows[0]?.ratios);
    expect(again.total.ratios).toBe(first.total.ratios);
    // Another precision: other verdicts, not the kept ones.
    const looser = buildTeamViewFromSums({ ...input, relativePrecision: 0.9 });
    expect(looser.total.ratios).not.toBe(first.total.ratios);
    expect(looser.total.ratios.appointmentsPerConversation?.enoughData).toBe(true);
    expect(first.total.ratios.appointmentsPerConversation?.enoughData).toBe(false);
    // The same figures as sums made afresh.
    const fresh = buildTeamViewFromSums({
      ...input,
      sums: teamSumsFromRecords(DEFAULT_METRICS, records, "2026-W40", "2026-W41"),
    });
    expect(fresh.total.ratios).not.toBe(first.total.ratios);
    expect(fresh).toEqual(first);
  });

  it("pools the team total: the seed week split over two reps is 9 of 38, not a mean of ratios", () => {
    const records = [
      worked("ann", "2026-W40", { calls: 100, conversations: 36, appointments: 9 }),
      worked("bob", "2026-W40", { calls: 6, conversations: 2, appointments: 0 }),
    ];
    const view = buildTeamView({ ...base, records, fromWeek: "2026-W40", toWeek: "2026-W40" });
    const rate = view.total.ratios.appointmentsPerConversation;
    expect(rate).toMatchObject({ numerator: 9, denominator: 38, enoughData: false });
    expect(rate?.value).toBeCloseTo(0.2368, 4);
    expect(rate?.low).toBeCloseTo(0.13, 2);
    expect(rate?.high).toBeCloseTo(0.392, 2);
    // The mean of the two reps' ratios would be (25% + 0%) / 2 = 12.5%.
    expect(rate?.additionalNeeded).toBeGreaterThan(200);
    expect(view.total.totals).toMatchObject({ calls: 106, conversations: 38, appointments: 9 });
    expect(view.hasData).toBe(true);
  });

  it("gives every rep a row (departed ones flagged), and the owner only with weeks logged", () => {
    const records = [worked("ann", "2026-W40", SEED_WEEK_VALUES)];
    const view = buildTeamView({ ...base, records, fromWeek: "2026-W40", toWeek: "2026-W40" });
    expect(view.rows.map((r) => [r.name, r.departed, r.weeksWorked])).toEqual([
      ["Ann", false, 1],
      ["Bob", true, 0],
    ]);
    const withBoss = buildTeamView({
      ...base,
      records: [...records, worked("boss", "2026-W40", { calls: 10 })],
      fromWeek: "2026-W40",
      toWeek: "2026-W40",
    });
    expect(withBoss.rows.map((r) => r.name)).toEqual(["Ann", "Bob", "Boss"]);
  });

  it("shows a rep only their own row, but the total still pools the whole team", () => {
    const records = [
      worked("ann", "2026-W40", { calls: 50, conversations: 20, appointments: 5 }),
      worked("bob", "2026-W40", { calls: 56, conversations: 18, appointments: 4 }),
    ];
    const view = buildTeamView({
      ...base,
      records,
      fromWeek: "2026-W40",
      toWeek: "2026-W40",
      visibleMemberIds: new Set(["ann"]),
    });
    expect(view.rows.map((r) => r.memberId)).toEqual(["ann"]);
    expect(view.total.totals.calls).toBe(106);
  });

  it("leaves weeks off out, and counts weeks before the period only for the trend", () => {
    const records = [
      worked("ann", "2026-W30", { calls: 1000, conversations: 1000, appointments: 1000 }),
      weekOff("ann", "2026-W40"),
      worked("ann", "2026-W41", SEED_WEEK_VALUES),
    ];
    const view = buildTeamView({ ...base, records, fromWeek: "2026-W40", toWeek: "2026-W41" });
    const ann = view.rows[0];
    expect(ann).toMatchObject({ weeksWorked: 1, weeksOff: 1 });
    expect(ann?.totals.calls).toBe(106);
  });

  it("says so when the period has no data", () => {
    const view = buildTeamView({ ...base, records: [], fromWeek: "2026-W40", toWeek: "2026-W52" });
    expect(view.hasData).toBe(false);
    expect(view.total.ratios.appointmentsPerConversation?.value).toBeNull();
    expect(view.total.trend).toMatchObject({
      ratioKey: "appointmentsPerConversation",
      difference: null,
      direction: "notEnoughData",
      window: 4,
    });
  });
});

describe("trends", () => {
  it("compares the last four weeks pooled with the four before", () => {
    const weeks = [
      "2026-W33",
      "2026-W34",
      "2026-W35",
      "2026-W36",
      "2026-W37",
      "2026-W38",
      "2026-W39",
      "2026-W40",
    ];
    const records = weeks.map((week, i) =>
      worked("ann", week, { calls: 100, conversations: 10, appointments: i < 4 ? 1 : 3 }),
    );
    const trend = trendOf(DEFAULT_METRICS, records, "2026-W40", "appointmentsPerConversation");
    expect(trend.difference).toBeCloseTo(0.3 - 0.1, 10);
    // 40 conversations a window: 4 against 12 appointments, Newcombe's interval excludes 0.
    expect(trend.direction).toBe("up");
    // A missing week is a calendar week without data: the window has 30 conversations left.
    const shorter = trendOf(DEFAULT_METRICS, records.slice(1), "2026-W40", "appointmentsPerConversation");
    expect(shorter.difference).toBeCloseTo(0.3 - 0.1, 10);
    expect(shorter.direction).toBe("up");
    // The same change on fewer conversations is not enough data.
    const few = records.map((r) => ({ ...r, values: { ...r.values, conversations: 5, appointments: 1 } }));
    expect(trendOf(DEFAULT_METRICS, few, "2026-W40", "appointmentsPerConversation").direction).toBe(
      "notEnoughData",
    );
  });

  it("loads far enough back for two windows", () => {
    expect(trendFromWeek("2026-W40", "2026-W40")).toBe("2026-W33");
    expect(trendFromWeek("2026-W01", "2026-W40")).toBe("2026-W01");
  });
});
