// What-if capacity (the reverse funnel of /what-if): the effort a target of appointments per
// day takes at the pooled ratios, and, since those ratios are uncertain, the chance to make it.
import { betaBinomialAtLeast } from "./beta-binomial";
import type { KpiSummary } from "./kpis";

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

export interface WhatIfInput {
  /** Pooled counts of the selection. */
  calls: number;
  conversations: number;
  appointments: number;
  /** Prospecting hours logged in the same weeks as the calls; omit when not logged. */
  hours?: number | null;
  /** The target; may be fractional (2.5 a day is 5 every two days). */
  appointmentsPerDay: number;
  /** The effort to assess; defaults to the calls needed, rounded up. */
  plannedCallsPerDay?: number | null;
  hoursPerFtePerDay?: number;
  /** Above this many calls a day the 80% answer is null (default 100,000). */
  maxCallsPerDay?: number;
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
}

export function whatIf({
  calls,
  conversations,
  appointments,
  hours = null,
  appointmentsPerDay,
  plannedCallsPerDay = null,
  hoursPerFtePerDay = 8,
  maxCallsPerDay = 100_000,
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

  // target / (appointments / calls), written so as not to divide twice.
  const callsPerDay = (appointmentsPerDay * calls) / appointments;
  const hoursPerDay = hours !== null && hours > 0 ? (callsPerDay * hours) / calls : null;
  const rate = { calls, appointments };
  const planned = plannedCallsPerDay ?? ceilWhole(callsPerDay);
  return {
    callsPerDay,
    conversationsPerDay: conversations > 0 ? (appointmentsPerDay * conversations) / appointments : null,
    hoursPerDay,
    fte: hoursPerDay === null ? null : hoursPerDay / hoursPerFtePerDay,
    plannedCallsPerDay: planned,
    probabilityOfTarget: probabilityOfTarget(rate, planned, appointmentsPerDay),
    callsPerDayFor80Percent: smallestCallsForProbability(rate, appointmentsPerDay, 0.8, maxCallsPerDay),
  };
}

/**
 * The chance of at least ceil(target) appointments in a day of `callsPerDay` calls, when the
 * appointment rate per call is Beta(1 + appointments, 1 + calls - appointments): the pooled
 * counts on a uniform prior, so a short history gives a wide spread.
 */
export function probabilityOfTarget(
  { calls, appointments }: { calls: number; appointments: number },
  callsPerDay: number,
  appointmentsPerDay: number,
): number {
  const alpha = 1 + appointments;
  const beta = 1 + calls - appointments;
  return betaBinomialAtLeast(ceilWhole(appointmentsPerDay), callsPerDay, alpha, beta);
}

/**
 * The smallest whole number of calls a day with at least `probability` of reaching the target,
 * or null if even `maxCalls` does not get there. More calls never lower the chance, so a
 * binary search between the target itself and the cap finds it in about 17 steps.
 */
export function smallestCallsForProbability(
  rate: { calls: number; appointments: number },
  appointmentsPerDay: number,
  probability: number,
  maxCalls: number,
): number | null {
  const reaches = (callsPerDay: number) =>
    probabilityOfTarget(rate, callsPerDay, appointmentsPerDay) >= probability;
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
 * The reverse funnel over a selection's pooled KPIs (the what-if page and GET /what-if).
 * Hours come from the pooled calls per hour (weeks that logged both), so weeks without
 * logged hours make calls look neither cheaper nor dearer than they are.
 */
export function whatIfOverKpis(
  kpis: Pick<KpiSummary, "totals" | "derived">,
  plan: Pick<WhatIfInput, "appointmentsPerDay" | "plannedCallsPerDay" | "hoursPerFtePerDay">,
): WhatIfResult {
  const calls = kpis.totals.calls ?? 0;
  const callsPerHour = kpis.derived.callsPerHour;
  return whatIf({
    calls,
    conversations: kpis.totals.conversations ?? 0,
    appointments: kpis.totals.appointments ?? 0,
    hours: callsPerHour ? calls / callsPerHour : null,
    ...plan,
  });
}
