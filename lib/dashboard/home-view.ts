// The two homes as plain data: the manager's (tiles for the period, a row per rep, what needs
// doing) and the rep's (my week, my goal, my ratios, the team only when it hides colleagues).
// Ratios and trends come from buildTeamView, the team page's own engine calls, so a change to
// pooling or to the trend rule shows here too.

import { sells } from "@/lib/entries/expected-weeks";
import { goalForWeek, type WeeklyGoal } from "@/lib/goals/goal-history";
import { groupBy } from "@/lib/kpi/group-by";
import type { PairKey } from "@/lib/kpi/pooled-sums";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { weeklyCounts } from "@/lib/kpi/weekly-counts";
import { type PageOf, pageOf } from "@/lib/paging";
import { addIsoWeeks, listIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { type GoalProgress, goalProgress, paceOf } from "./goal-progress";
import type { RatioView } from "./ratio-view";
import { buildTeamViewFromSums, type KpiRow, type Trend, teamSumsFromRecords } from "./team-view";
import { missingWeeks, type StatusMember, type WeekStatus, weekStatusOf } from "./week-status";

/** The homes look at the last four ended weeks; the sparkline and the pace at thirteen. */
export const HOME_PERIOD_WEEKS = 4;
export const SPARKLINE_WEEKS = 13;
/** A rep sees the team's total only beside at least this many other reps (no subtraction). */
export const MIN_OTHER_REPS_FOR_TEAM_TOTAL = 3;
/** The manager's home lists reps a page at a time (the team page has every figure). */
export const HOME_REPS_PAGE_SIZE = 25;

export interface HomeMember extends StatusMember {
  name: string;
}

export interface HomeInput {
  metrics: readonly MetricDefinition[];
  members: readonly HomeMember[];
  /** From trendFromWeek(firstHomeWeek(currentWeek), currentWeek) to the current week. */
  records: readonly WeekRecord[];
  goals: readonly WeeklyGoal[];
  currentWeek: string;
  relativePrecision: number;
}

/** The first week the homes read (the sparkline's; the trend windows fit inside it). */
export const firstHomeWeek = (currentWeek: string) => addIsoWeeks(currentWeek, -SPARKLINE_WEEKS);

/** The period's weeks: the last four that have ended. */
export function homePeriod(currentWeek: string) {
  const toWeek = addIsoWeeks(currentWeek, -1);
  return { fromWeek: addIsoWeeks(toWeek, -(HOME_PERIOD_WEEKS - 1)), toWeek };
}

export interface Tiles {
  appointments: number;
  /** The sum of the goals in force in the period's weeks; null when none was set. */
  appointmentsGoal: number | null;
  primaryRatio: RatioView | null;
  trend: Trend | null;
  calls: number | null;
  hours: number | null;
}

export interface RepRow {
  memberId: string;
  name: string;
  thisWeek: WeekStatus;
  lastWeek: WeekStatus;
  /** Last week's appointments against last week's goal; null without a goal. */
  lastWeekGoal: GoalProgress | null;
  /** This week's goal with the chance at the rep's pace; null without a goal. */
  thisWeekGoal: GoalProgress | null;
  /** The main ratio per week, oldest first (null: nothing to divide by). */
  sparkline: (number | null)[];
  missingLastWeek: boolean;
  /** How many ratios of this rep have a current early warning (named in the warnings section). */
  earlyWarnings: number;
}

const sumGoals = (goals: readonly WeeklyGoal[], memberId: string | null, weeks: readonly string[]) => {
  let total = 0;
  let any = false;
  for (const week of weeks) {
    const goal = goalForWeek(goals, memberId, mondayDateOfIsoWeek(week));
    if (goal) {
      total += goal.appointments;
      any = true;
    }
  }
  return any ? total : null;
};

const appointmentsIn = (records: readonly WeekRecord[], week: string) => {
  const inWeek = records.filter((r) => r.week === week && !r.notWorked);
  return inWeek.length === 0 ? null : inWeek.reduce((sum, r) => sum + (r.values.appointments ?? 0), 0);
};

function tilesOf(
  row: KpiRow,
  primaryKey: string | null,
  goalTotal: number | null,
  metrics: readonly MetricDefinition[],
): Tiles {
  const has = (key: string) => metrics.some((m) => m.key === key);
  return {
    appointments: row.totals.appointments ?? 0,
    appointmentsGoal: goalTotal,
    primaryRatio: primaryKey ? (row.ratios[primaryKey] ?? null) : null,
    trend: row.trend,
    calls: has("calls") ? (row.totals.calls ?? 0) : null,
    hours: has("hours") ? (row.totals.hours ?? 0) : null,
  };
}

/**
 * One scope's goal in a week (null: none set) with its actual and the chance at the pace of
 * the 13 ended weeks before the current one. `records` are that scope's (everyone's for the team).
 */
export function weekGoalProgress(
  input: Pick<HomeInput, "goals" | "currentWeek">,
  memberId: string | null,
  week: string,
  records: readonly WeekRecord[],
): GoalProgress | null {
  const goal = goalForWeek(input.goals, memberId, mondayDateOfIsoWeek(week));
  if (!goal) return null;
  const paceWeeks = new Set(
    listIsoWeeks(addIsoWeeks(input.currentWeek, -SPARKLINE_WEEKS), addIsoWeeks(input.currentWeek, -1)),
  );
  return goalProgress(
    goal.appointments,
    appointmentsIn(records, week),
    paceOf(records.filter((r) => paceWeeks.has(r.week))),
  );
}

/**
 * The ratio week by week over the 13 ended weeks: each week's pooled value (the records that
 * recorded both parts; a blank is not a 0), null where nothing was recorded. weeklyCounts is
 * the engine's per-week pooling; a full computeKpis per rep and week cost 170 ms at 500 reps.
 */
function sparklineOf(input: HomeInput, records: readonly WeekRecord[], ratio: PairKey | null) {
  const weeks = listIsoWeeks(
    addIsoWeeks(input.currentWeek, -SPARKLINE_WEEKS),
    addIsoWeeks(input.currentWeek, -1),
  );
  if (!ratio) return weeks.map(() => null);
  const counts = new Map(
    weeklyCounts(records, ratio.numeratorKey, ratio.denominatorKey).map((c) => [c.week, c]),
  );
  return weeks.map((week) => {
    const c = counts.get(week);
    return c && c.denominator > 0 ? c.numerator / c.denominator : null;
  });
}

export interface ManagerHome {
  period: { fromWeek: string; toWeek: string };
  tiles: Tiles;
  teamThisWeek: GoalProgress | null;
  /** One page of the reps who sell: only its rows are worked out. */
  reps: PageOf<RepRow>;
  missing: { memberId: string; name: string; weeks: string[] }[];
  hasData: boolean;
}

/**
 * The team page's view of the home period, so that the homes pool and trend the same way.
 * Rows only for `visibleMemberIds`; an empty set gives the team total alone, without pooling
 * every rep's row first (500 rows the manager's home never showed cost it a third of its time).
 */
function homeTeamView(input: HomeInput, visibleMemberIds: ReadonlySet<string>) {
  const period = homePeriod(input.currentWeek);
  const sums = teamSumsFromRecords(input.metrics, input.records, period.fromWeek, period.toWeek, {
    members: visibleMemberIds,
  });
  const view = buildTeamViewFromSums({
    metrics: input.metrics,
    members: input.members,
    sums,
    toWeek: period.toWeek,
    relativePrecision: input.relativePrecision,
    visibleMemberIds,
  });
  return { period, view, periodWeeks: listIsoWeeks(period.fromWeek, period.toWeek) };
}

const mapPage = <T, U>(page: PageOf<T>, map: (row: T) => U): PageOf<U> => ({
  ...page,
  rows: page.rows.map(map),
});

export function managerHome(
  input: HomeInput,
  {
    page = 1,
    pageSize = HOME_REPS_PAGE_SIZE,
    warningCounts = new Map(),
  }: {
    page?: number;
    pageSize?: number;
    /** Current early warnings per member id, so a row does not say "none" beside one. */
    warningCounts?: ReadonlyMap<string, number>;
  } = {},
): ManagerHome {
  const { period, view, periodWeeks } = homeTeamView(input, new Set());
  const lastWeek = period.toWeek;
  const recordsOf = groupBy(input.records, (r) => r.memberId);
  const primaryPair = ratioDefinitions(input.metrics).find((r) => r.key === view.primaryRatioKey) ?? null;
  const byMember = (id: string) => recordsOf.get(id) ?? [];
  // Reps who have not joined yet (imported, invited) sell too: their weeks show.
  const sellers = input.members.filter(
    (m) => m.status !== "deactivated" && sells({ role: m.role, logsWeeks: byMember(m.id).length > 0 }),
  );
  const missing = missingWeeks(input.members, input.records, periodWeeks);
  const names = new Map(input.members.map((m) => [m.id, m.name]));
  const missingLastWeek = new Set(missing.filter((m) => m.weeks.includes(lastWeek)).map((m) => m.memberId));
  return {
    period,
    tiles: tilesOf(view.total, view.primaryRatioKey, sumGoals(input.goals, null, periodWeeks), input.metrics),
    teamThisWeek: weekGoalProgress(input, null, input.currentWeek, input.records),
    // A row's goals and sparkline for the page shown, not for every rep (25 of 500).
    reps: mapPage(pageOf(sellers, page, pageSize), (member) => {
      const records = byMember(member.id);
      return {
        memberId: member.id,
        name: member.name,
        thisWeek: weekStatusOf(records, member.id, input.currentWeek),
        lastWeek: weekStatusOf(records, member.id, lastWeek),
        lastWeekGoal: weekGoalProgress(input, member.id, lastWeek, records),
        thisWeekGoal: weekGoalProgress(input, member.id, input.currentWeek, records),
        sparkline: sparklineOf(input, records, primaryPair),
        missingLastWeek: missingLastWeek.has(member.id),
        earlyWarnings: warningCounts.get(member.id) ?? 0,
      };
    }),
    missing: missing.map((m) => ({ ...m, name: names.get(m.memberId) ?? "" })),
    hasData: view.hasData,
  };
}

export interface RepHome {
  period: { fromWeek: string; toWeek: string };
  thisWeek: WeekStatus;
  /** Last week ended without a form while the rep had started: the nudge. */
  lastWeekMissing: boolean;
  lastWeek: string;
  thisWeekGoal: GoalProgress | null;
  lastWeekGoal: GoalProgress | null;
  mine: Tiles;
  /** The team's tiles, only beside enough other reps that no colleague can be worked out. */
  team: Tiles | null;
  hasData: boolean;
}

export function repHome(input: HomeInput, memberId: string): RepHome {
  const { period, view, periodWeeks } = homeTeamView(input, new Set([memberId]));
  const own = input.records.filter((r) => r.memberId === memberId);
  const me = input.members.find((m) => m.id === memberId);
  const row = view.rows.find((r) => r.memberId === memberId);
  const missing = me ? missingWeeks([{ ...me, role: "rep" }], own, [period.toWeek]) : [];
  return {
    period,
    thisWeek: weekStatusOf(own, memberId, input.currentWeek),
    lastWeekMissing: missing.length > 0,
    lastWeek: period.toWeek,
    thisWeekGoal: weekGoalProgress(input, memberId, input.currentWeek, own),
    lastWeekGoal: weekGoalProgress(input, memberId, period.toWeek, own),
    mine: row
      ? tilesOf(row, view.primaryRatioKey, sumGoals(input.goals, memberId, periodWeeks), input.metrics)
      : tilesOf(emptyRow(), null, null, input.metrics),
    team: enoughColleaguesForTeamTotal(input.members, memberId)
      ? tilesOf(view.total, view.primaryRatioKey, sumGoals(input.goals, null, periodWeeks), input.metrics)
      : null,
    hasData: (row?.weeksWorked ?? 0) > 0,
  };
}

/** A team total beside too few other active reps would give a colleague's figures away. */
export function enoughColleaguesForTeamTotal(
  members: readonly Pick<StatusMember, "id" | "role" | "status">[],
  viewerMemberId: string | null,
): boolean {
  const otherReps = members.filter(
    (m) => m.id !== viewerMemberId && m.role === "rep" && m.status === "active",
  );
  return otherReps.length >= MIN_OTHER_REPS_FOR_TEAM_TOTAL;
}

const emptyRow = (): KpiRow => ({
  weeksWorked: 0,
  weeksOff: 0,
  totals: {},
  ratios: {},
  derived: { callsPerHour: null, minutesPerCall: null, callsPerAppointment: null },
  trend: null,
});

/** Invitations whose link no longer works: a manager sends them again from Members. */
export function expiredInvitations<T extends { id: string; name: string; email: string; expiresAt: Date }>(
  invitations: readonly T[],
  now: Date,
): { id: string; name: string; email: string }[] {
  return invitations
    .filter((invitation) => invitation.expiresAt.getTime() <= now.getTime())
    .map(({ id, name, email }) => ({ id, name, email }));
}
