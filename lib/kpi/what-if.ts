// What-if capacity (the reverse funnel of /what-if): the effort a target of appointments per
// day or per week takes at the pooled ratios, and, since those ratios are uncertain and weeks
// vary, the chance to make it.
import { betaBinomialAtLeast } from "./beta-binomial";
import { betaQuantile } from "./beta-quantile";
import type { KpiSummary } from "./kpis";
import { poolRate } from "./pooling";
import type { Interval, MetricDefinition, WeekRecord } from "./types";
import {
  extraWeeklyVariance as estimateExtraWeeklyVariance,
  rateWithWeeklyVariation,
  type WeeklyTrials,
} from "./week-variation";

export type InsufficientDataReason = "noCalls" | "noAppointments";

/** The selection has no calls or no appointments: no rate to reverse (the API answers 422). */
export class InsufficientDataError extends Error {
  readonly reason: InsufficientDataReason;

  constructor(reason: InsufficientDataReason) {
    super(
      reason === "noCalls"
        ? "No calls were logged in this selection: there is no rate to plan from."
        : "No appointments were booked in this selection: there is no rate to plan from.",
    );
    this.name = "InsufficientDataError";
    this.reason = reason;
  }
}

/** A target per working day or per week (a sales week: five working days). */
export type WhatIfUnit = "day" | "week";
export const WORKING_DAYS_PER_WEEK = 5;
/** While the calls range at the rate's 95% interval is wider than this share of the calls: little data. */
export const LITTLE_DATA_RANGE_SHARE = 0.25;

export interface WhatIfInput {
  /** Pooled counts of the selection: appointments per call over the weeks that recorded both. */
  calls: number;
  conversations: number;
  appointments: number;
  /**
   * Appointments per conversation when pooled over other weeks than the calls (the pooling
   * rule); default: conversations and appointments above.
   */
  conversationRate?: { conversations: number; appointments: number } | null;
  /** Prospecting hours logged in the same weeks as the calls; omit when not logged. */
  hours?: number | null;
  /** The target per `unit`; may be fractional (2.5 a day is 5 every two days). */
  appointmentsPerDay: number;
  /** What a period is: a working day (default) or a week. Every "PerDay" figure is per unit. */
  unit?: WhatIfUnit;
  /** The effort to assess per unit; defaults to the calls needed, rounded up. */
  plannedCallsPerDay?: number | null;
  /** Hours one rep gives prospecting in a working day (8). */
  hoursPerFtePerDay?: number;
  /** Above this many calls a period the 80% answer is null (default 100,000). */
  maxCallsPerDay?: number;
  /**
   * The selection's weeks (one per rep and week, calls and appointments both recorded): where
   * their rates vary more than luck explains, the chance counts that variation too.
   */
  weeklyCounts?: readonly WeeklyTrials[];
  /**
   * The extraWeeklyVariance of those weeks, estimated already (whatIfCounts): the same chance
   * without the weeks themselves. Give this or weeklyCounts, not both.
   */
  extraWeeklyVariance?: number;
}

export interface WhatIfResult {
  callsPerDay: number;
  /** null when no conversations were logged. */
  conversationsPerDay: number | null;
  hoursPerDay: number | null;
  fte: number | null;
  plannedCallsPerDay: number;
  probabilityOfTarget: number;
  callsPerDayFor80Percent: number | null;
  /** The calls the target takes at the 97.5% and the 2.5% point of the appointments-per-call rate. */
  callsNeededCi95: Interval;
  /** callsNeededCi95 is wider than LITTLE_DATA_RANGE_SHARE of callsPerDay. */
  littleData: boolean;
  /** The chance is of at least `appointmentsAtLeast` appointments in `periods` periods. */
  targetHorizon: TargetHorizon;
  /** Method-of-moments variance of the weekly rate beyond luck; <= 0: none counted. */
  extraWeeklyVariance: number;
}

export interface TargetHorizon {
  periods: number;
  appointmentsAtLeast: number;
}

export function whatIf({
  calls,
  conversations,
  appointments,
  conversationRate = null,
  hours = null,
  appointmentsPerDay,
  unit = "day",
  plannedCallsPerDay = null,
  hoursPerFtePerDay = 8,
  maxCallsPerDay = 100_000,
  weeklyCounts = [],
  extraWeeklyVariance,
}: WhatIfInput): WhatIfResult {
  for (const [name, count] of Object.entries({ calls, conversations, appointments })) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`${name} must be >= 0.`);
  }
  if (calls === 0) throw new InsufficientDataError("noCalls");
  if (appointments === 0) throw new InsufficientDataError("noAppointments");
  if (appointments > calls) throw new RangeError("There are more appointments than calls.");
  if (!(appointmentsPerDay > 0) || !Number.isFinite(appointmentsPerDay)) {
    throw new RangeError("appointmentsPerDay must be a number above 0.");
  }
  if (!(hoursPerFtePerDay > 0)) throw new RangeError("hoursPerFtePerDay must be above 0.");
  if (hours !== null && !(hours >= 0)) throw new RangeError("hours must be >= 0.");
  if (plannedCallsPerDay !== null && !isWholeCount(plannedCallsPerDay)) {
    throw new RangeError("plannedCallsPerDay must be a whole number >= 0.");
  }
  if (!isWholeCount(maxCallsPerDay)) throw new RangeError("maxCallsPerDay must be a whole number.");
  if (extraWeeklyVariance !== undefined) {
    if (!Number.isFinite(extraWeeklyVariance)) throw new RangeError("extraWeeklyVariance must be a number.");
    if (weeklyCounts.length > 0) throw new RangeError("Give weeklyCounts or extraWeeklyVariance, not both.");
  }

  // target / (appointments / calls), written so as not to divide twice.
  const callsPerDay = (appointmentsPerDay * calls) / appointments;
  const hoursPerDay = hours !== null && hours > 0 ? (callsPerDay * hours) / calls : null;
  const perConversation = conversationRate ?? { conversations, appointments };
  const hoursPerFte = hoursPerFtePerDay * (unit === "week" ? WORKING_DAYS_PER_WEEK : 1);
  const rate = { calls, appointments };
  const chance: ChanceOptions = {
    unit,
    extraVariance: extraWeeklyVariance ?? estimateExtraWeeklyVariance(weeklyCounts),
  };
  const planned = plannedCallsPerDay ?? ceilWhole(callsPerDay);
  const callsNeededCi95 = callsNeededRange(rate, appointmentsPerDay);
  return {
    callsPerDay,
    conversationsPerDay:
      perConversation.conversations > 0 && perConversation.appointments > 0
        ? (appointmentsPerDay * perConversation.conversations) / perConversation.appointments
        : null,
    hoursPerDay,
    fte: hoursPerDay === null ? null : hoursPerDay / hoursPerFte,
    plannedCallsPerDay: planned,
    probabilityOfTarget: probabilityOfTarget(rate, planned, appointmentsPerDay, chance),
    callsPerDayFor80Percent: smallestCallsForProbability(
      rate,
      appointmentsPerDay,
      0.8,
      maxCallsPerDay,
      chance,
    ),
    callsNeededCi95,
    littleData: callsNeededCi95[1] - callsNeededCi95[0] > LITTLE_DATA_RANGE_SHARE * callsPerDay,
    targetHorizon: targetHorizon(appointmentsPerDay),
    extraWeeklyVariance: chance.extraVariance ?? 0,
  };
}

/**
 * The calls per period a target takes at the 97.5% and 2.5% points of the appointments-per-call
 * rate, Beta(1 + appointments, 1 + calls - appointments): the same rate the chance is built on.
 */
export function callsNeededRange(
  { calls, appointments }: { calls: number; appointments: number },
  target: number,
): Interval {
  const alpha = 1 + appointments;
  const beta = 1 + calls - appointments;
  return [target / betaQuantile(0.975, alpha, beta), target / betaQuantile(0.025, alpha, beta)];
}

export interface ChanceOptions {
  /** A target per day or per week: how many periods make a week (default day). */
  unit?: WhatIfUnit;
  /** extraWeeklyVariance of the selection's weeks (default 0: the plain beta-binomial). */
  extraVariance?: number;
}

/** Periods over which a fractional target becomes whole: 2.5 a day is 5 in 2 days. */
const MAX_HORIZON_PERIODS = 100;

/**
 * A fractional target is never rounded into another question: 2.5 a day is at least 5 in 2
 * days, not at least 3 in a day. The smallest number of periods (up to 100) in which the
 * target adds up to a whole number of appointments.
 */
export function targetHorizon(target: number): TargetHorizon {
  for (let periods = 1; periods <= MAX_HORIZON_PERIODS; periods++) {
    const total = target * periods;
    if (Math.abs(total - Math.round(total)) <= 1e-9 * Math.max(1, total)) {
      return { periods, appointmentsAtLeast: Math.round(total) };
    }
  }
  return { periods: MAX_HORIZON_PERIODS, appointmentsAtLeast: ceilWhole(target * MAX_HORIZON_PERIODS) };
}

/**
 * The chance of the target at `callsPerDay` calls a period: of at least the target's whole
 * appointments over its horizon (see targetHorizon), when the appointment rate per call is
 * Beta(1 + appointments, 1 + calls - appointments) (the pooled counts on a uniform prior, so a
 * short history gives a wide spread), widened by the week-to-week variation beyond luck that
 * the weeks show (the days of one week share that week's rate). Without such variation this
 * is exactly the beta-binomial.
 */
export function probabilityOfTarget(
  { calls, appointments }: { calls: number; appointments: number },
  callsPerDay: number,
  appointmentsPerDay: number,
  { unit = "day", extraVariance = 0 }: ChanceOptions = {},
): number {
  const horizon = targetHorizon(appointmentsPerDay);
  const periodsPerWeek = unit === "week" ? 1 : WORKING_DAYS_PER_WEEK;
  const weeksSpanned = Math.max(1, horizon.periods / periodsPerWeek);
  const { alpha, beta } = rateWithWeeklyVariation(
    { successes: appointments, trials: calls },
    extraVariance,
    weeksSpanned,
  );
  return betaBinomialAtLeast(horizon.appointmentsAtLeast, callsPerDay * horizon.periods, alpha, beta);
}

/**
 * The smallest whole number of calls a period with at least `probability` of reaching the
 * target, or null if even `maxCalls` does not get there. More calls never lower the chance, so
 * a binary search between the target itself and the cap finds it in about 17 steps.
 */
export function smallestCallsForProbability(
  rate: { calls: number; appointments: number },
  appointmentsPerDay: number,
  probability: number,
  maxCalls: number,
  options: ChanceOptions = {},
): number | null {
  const reaches = (callsPerDay: number) =>
    probabilityOfTarget(rate, callsPerDay, appointmentsPerDay, options) >= probability;
  let low = ceilWhole(appointmentsPerDay);
  let high = maxCalls;
  if (low > high || !reaches(high)) return null;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** ceil that ignores floating-point dust: 0.3 * 100 / 10 is 3, not 4. */
function ceilWhole(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
}

function isWholeCount(x: number): boolean {
  return Number.isInteger(x) && x >= 0;
}

/**
 * What the reverse funnel reads from a selection, whatever the question: the pooled counts by
 * the pooling rule and the week-to-week variation of its weeks, a handful of numbers however
 * many weeks there are. The what-if page sends this to the browser, which answers every target
 * from it (whatIfOverCounts) without the weeks.
 */
export interface WhatIfCounts {
  /** Appointments of calls, pooled over the weeks that recorded both (0 of 0: never recorded). */
  appointmentsPerCall: { appointments: number; calls: number };
  /** Appointments of conversations over the weeks that recorded both; null without that ratio. */
  appointmentsPerConversation: { appointments: number; conversations: number } | null;
  /** Every call logged: calls without a rate mean the appointments are missing, not the calls. */
  callsLogged: number;
  /** Pooled over the weeks that logged both calls and hours; null where none did. */
  callsPerHour: number | null;
  /** extraWeeklyVariance of the selection's (rep, week) units; 0 without its weeks. */
  extraWeeklyVariance: number;
}

/**
 * A selection's counts from its pooled KPIs, by the pooling rule: calls per appointment from
 * the weeks that recorded both, conversations per appointment likewise, and hours from the
 * pooled calls per hour (weeks that logged both), so weeks without logged hours make calls look
 * neither cheaper nor dearer than they are. With the selection's week records, their
 * week-to-week variation too.
 */
export function whatIfCounts(
  kpis: Pick<KpiSummary, "ratios" | "derived" | "totals">,
  selection?: { weeks: readonly WeekRecord[]; metrics: readonly MetricDefinition[] },
): WhatIfCounts {
  const ratio = (numeratorKey: string, denominatorKey: string) =>
    kpis.ratios.find((r) => r.numeratorKey === numeratorKey && r.denominatorKey === denominatorKey);
  const perCall = ratio("appointments", "calls");
  const perConversation = ratio("appointments", "conversations");
  return {
    appointmentsPerCall: { appointments: perCall?.numerator ?? 0, calls: perCall?.denominator ?? 0 },
    appointmentsPerConversation: perConversation
      ? { appointments: perConversation.numerator, conversations: perConversation.denominator }
      : null,
    callsLogged: kpis.totals.calls ?? 0,
    callsPerHour: kpis.derived.callsPerHour,
    extraWeeklyVariance: selection
      ? estimateExtraWeeklyVariance(weeklyAppointmentsPerCall(selection.weeks, selection.metrics))
      : 0,
  };
}

/** The reverse funnel over a selection's counts (whatIfCounts). */
export function whatIfOverCounts(
  counts: WhatIfCounts,
  plan: Pick<WhatIfInput, "appointmentsPerDay" | "plannedCallsPerDay" | "hoursPerFtePerDay" | "unit">,
): WhatIfResult {
  const { calls, appointments } = counts.appointmentsPerCall;
  // Calls logged, appointments never: the rate is missing its appointments, not its calls.
  if (calls === 0 && counts.callsLogged > 0) throw new InsufficientDataError("noAppointments");
  const perConversation = counts.appointmentsPerConversation;
  return whatIf({
    calls,
    conversations: perConversation?.conversations ?? 0,
    appointments,
    conversationRate: perConversation,
    hours: counts.callsPerHour ? calls / counts.callsPerHour : null,
    extraWeeklyVariance: counts.extraWeeklyVariance,
    ...plan,
  });
}

/**
 * The reverse funnel over a selection's pooled KPIs (GET /what-if; the page answers from the
 * same counts in the browser). With the selection's week records, the chance counts the
 * week-to-week variation too.
 */
export function whatIfOverKpis(
  kpis: Pick<KpiSummary, "ratios" | "derived" | "totals">,
  plan: Pick<WhatIfInput, "appointmentsPerDay" | "plannedCallsPerDay" | "hoursPerFtePerDay" | "unit">,
  selection?: { weeks: readonly WeekRecord[]; metrics: readonly MetricDefinition[] },
): WhatIfResult {
  return whatIfOverCounts(whatIfCounts(kpis, selection), plan);
}

/** Each (rep, week) that recorded calls and appointments: the units the weekly rate varies over. */
export function weeklyAppointmentsPerCall(
  weeks: readonly WeekRecord[],
  metrics: readonly MetricDefinition[],
): WeeklyTrials[] {
  return weeks.flatMap((record) => {
    const { numerator, denominator, weeksCounted } = poolRate([record], metrics, "appointments", "calls");
    return weeksCounted > 0 ? [{ trials: denominator, successes: numerator }] : [];
  });
}
