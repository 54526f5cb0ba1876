import { describe, expect, it } from "vitest";
import { pageOf } from "@/lib/paging";
import type { FunnelLabels } from "./labels";
import { NO_LAGGING } from "./lagging-view";
import type { PeriodKind } from "./period";
import type { RatioView } from "./ratio-view";
import {
  coverageSentence,
  everyoneListed,
  headlineFigure,
  leadingLagging,
  longerPeriodHref,
  type PipelineCoverage,
  showsTeamGoal,
  teamPageView,
} from "./team-page-view";
import type { KpiRow, TeamMember, TeamRow, TeamView } from "./team-view";

const RATIO: RatioView = {
  key: "appointments/conversations",
  numeratorKey: "appointments",
  denominatorKey: "conversations",
  numerator: 9,
  denominator: 38,
  value: 9 / 38,
  low: 0.13,
  high: 0.39,
  weeks: 1,
  enoughData: false,
  additionalNeeded: null,
  additionalWeeks: null,
};
const kpis = (appointments: number): KpiRow => ({
  weeksWorked: 1,
  weeksOff: 0,
  totals: { appointments },
  ratios: { [RATIO.key]: RATIO },
  derived: { callsPerHour: null, minutesPerCall: null, callsPerAppointment: null },
  trend: null,
});
const row = (memberId: string, appointments: number): TeamRow => ({
  memberId,
  name: memberId.toUpperCase(),
  departed: false,
  ...kpis(appointments),
});
const ROWS = [row("ann", 9), row("bob", 4), row("cas", 1)];
const view = (primaryRatioKey: string | null = RATIO.key): TeamView => ({
  effortKeys: ["appointments"],
  ratioKeys: [RATIO.key],
  primaryRatioKey,
  rows: ROWS,
  total: kpis(14),
  hasData: true,
});
const labels: FunnelLabels = {
  metrics: { appointments: "Appointments" },
  ratios: { [RATIO.key]: "Appointments per conversation" },
  units: { conversations: "conversations" },
};
const rep = (id: string, extra: Partial<TeamMember> = {}): TeamMember => ({
  id,
  name: id,
  role: "rep",
  status: "active",
  ...extra,
});
const LAGGING = [
  { memberId: "ann", appointmentsHeld: 2, dealsWon: 1, revenueWon: 100 },
  { memberId: "bob", appointmentsHeld: 3, dealsWon: 0, revenueWon: 0 },
];

describe("showsTeamGoal", () => {
  it.each([
    { why: "a manager sees every rep", visible: null, others: [], shown: true },
    {
      why: "a rep beside two colleagues",
      visible: new Set(["me"]),
      others: [rep("a"), rep("b")],
      shown: false,
    },
    {
      why: "a rep beside three colleagues",
      visible: new Set(["me"]),
      others: [rep("a"), rep("b"), rep("c")],
      shown: true,
    },
    {
      why: "managers and departed reps are no cover",
      visible: new Set(["me"]),
      others: [rep("a"), rep("b"), rep("m", { role: "manager" }), rep("d", { status: "deactivated" })],
      shown: false,
    },
  ])("$why → $shown", ({ visible, others, shown }) => {
    expect(showsTeamGoal(visible, [rep("me"), ...others], "me")).toBe(shown);
  });
});

describe("longerPeriodHref", () => {
  it.each<[PeriodKind, string | null]>([
    ["13w", "/o/acme/team?period=52w"],
    ["this", "/o/acme/team?period=52w"],
    ["custom", "/o/acme/team?period=52w"],
    ["52w", null],
  ])("%s → %s", (kind, href) => {
    expect(longerPeriodHref(kind, "/o/acme/team")).toBe(href);
  });
});

describe("headlineFigure", () => {
  it.each([
    {
      why: "the primary ratio with its name and unit",
      primary: RATIO.key,
      labels,
      expected: { ratioLabel: "Appointments per conversation", ratio: RATIO, unit: "conversations" },
    },
    {
      why: "unnamed: the key, and no unit word",
      primary: RATIO.key,
      labels: { metrics: {}, ratios: {}, units: {} },
      expected: { ratioLabel: RATIO.key, ratio: RATIO, unit: "" },
    },
    { why: "a funnel of one metric has none", primary: null, labels, expected: null },
  ])("$why", ({ primary, labels, expected }) => {
    expect(headlineFigure(view(primary), labels)).toEqual(expected);
  });
});

describe("everyoneListed", () => {
  it.each([
    { why: "one page with every row", page: pageOf(ROWS, 1, 25), listed: true },
    { why: "a filter leaves some out", page: pageOf(ROWS.slice(1), 1, 25), listed: false },
    { why: "more than one page", page: pageOf(ROWS, 1, 2), listed: false },
  ])("$why → $listed", ({ page, listed }) => {
    expect(everyoneListed(view(), page)).toBe(listed);
  });
});

describe("leadingLagging", () => {
  const input = {
    view: view(),
    tablePage: pageOf(ROWS, 2, 2),
    labels,
    lagging: LAGGING,
    visible: null,
    teamTotalName: "Team total",
  };

  it("lists the team table's page, then the team total with everyone's results", () => {
    const table = leadingLagging(input);
    expect(table?.bookedLabel).toBe("Appointments");
    expect(table?.rateLabel).toBe("Appointments per conversation");
    expect(table?.rows).toEqual([
      {
        id: "cas",
        name: "CAS",
        booked: 1,
        rate: { ratio: RATIO, unit: "conversations" },
        lagging: NO_LAGGING,
      },
      {
        id: "team",
        name: "Team total",
        booked: 14,
        rate: { ratio: RATIO, unit: "conversations" },
        lagging: { appointmentsHeld: 5, dealsWon: 1, revenueWon: 100, weeksEntered: 2 },
      },
    ]);
  });

  it.each([
    { visible: null, ann: 2 },
    { visible: new Set(["bob"]), ann: 0 },
  ])("a member's results count only where the viewer sees them ($visible)", ({ visible, ann }) => {
    const table = leadingLagging({ ...input, tablePage: pageOf(ROWS, 1, 25), visible });
    expect(table?.rows.find((r) => r.id === "ann")?.lagging.appointmentsHeld).toBe(ann);
    expect(table?.rows.find((r) => r.id === "team")?.lagging.appointmentsHeld).toBe(5);
  });

  it.each([
    { why: "no primary ratio", view: view(null) },
    { why: "the primary ratio has no figures", view: { ...view(), total: { ...kpis(0), ratios: {} } } },
  ])("is left out with $why", ({ view }) => {
    expect(leadingLagging({ ...input, view })).toBeNull();
  });
});

describe("coverageSentence", () => {
  const round: PipelineCoverage = {
    round: { title: "Q4" },
    responses: 6,
    openPipelineValue: 120_000,
    expectedToClose: 45_000,
    target: 60_000,
    coverage: 2,
    forecastAttainment: 0.75,
  };
  it.each([
    { why: "no round yet", coverage: null, expected: { kind: "none" } },
    {
      why: "a round without a target",
      coverage: { ...round, target: 0, coverage: null, forecastAttainment: null },
      expected: { kind: "noTarget", title: "Q4" },
    },
    {
      why: "a round with a target",
      coverage: round,
      expected: {
        kind: "coverage",
        coverage: 2,
        attainment: 0.75,
        open: 120_000,
        expected: 45_000,
        target: 60_000,
        title: "Q4",
        count: 6,
      },
    },
  ])("$why", ({ coverage, expected }) => {
    expect(coverageSentence(coverage)).toEqual(expected);
  });
});

describe("teamPageView", () => {
  it("a rep sees their own row and is told so; the team goal hides beside too few colleagues", () => {
    const page = teamPageView({
      view: view(),
      tablePage: pageOf(ROWS, 1, 25),
      labels,
      lagging: LAGGING,
      visible: new Set(["ann"]),
      members: [rep("ann"), rep("bob")],
      viewerMemberId: "ann",
      periodKind: "13w",
      basePath: "/o/acme/team",
      coverage: null,
      teamTotalName: "Team total",
    });
    expect(page).toMatchObject({
      seesEveryone: false,
      showsTeamGoal: false,
      longerPeriodHref: "/o/acme/team?period=52w",
      everyoneListed: true,
      coverage: { kind: "none" },
    });
    expect(page.leadingLagging?.rows).toHaveLength(4);
  });
});
