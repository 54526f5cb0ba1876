// Actual against goal for one week, and the honest chance of making the goal at the current
// pace: the calls of a usual week (pooled over recent worked weeks) and the appointment rate
// per call as a beta-binomial (the what-if engine's probabilityOfTarget), so a short history
// gives a wide spread rather than false confidence.

import type { WeekRecord } from "@/lib/kpi/types";
import { probabilityOfTarget } from "@/lib/kpi/what-if";

/** Fewer worked weeks than this and the pace is not worth a chance. */
export const MIN_PACE_WEEKS = 3;

export interface Pace {
  /** Pooled over the weeks that logged calls (appointments missing count as 0). */
  calls: number;
  appointments: number;
  /** Distinct weeks with calls logged. */
  weeks: number;
}

/**
 * The pooled pace of a set of records (one rep's, or everyone's for the team): a week counts
 * when its calls were logged. For the team, calls per week is the sum over reps per week.
 */
export function paceOf(records: readonly WeekRecord[]): Pace {
  let calls = 0;
  let appointments = 0;
  const weeks = new Set<string>();
  for (const record of records) {
    if (record.notWorked || record.values.calls === undefined) continue;
    calls += record.values.calls;
    appointments += record.values.appointments ?? 0;
    weeks.add(record.week);
  }
  return { calls, appointments, weeks: weeks.size };
}

export interface GoalProgress {
  goal: number;
  /** null: the week is not filled in (yet). */
  actual: number | null;
  reached: boolean;
  /** Chance of at least `goal` appointments in a usual week; null without enough history. */
  chance: number | null;
  /** The usual week's calls the chance assumes. */
  callsPerWeek: number | null;
}

export function goalProgress(goal: number, actual: number | null, pace: Pace): GoalProgress {
  const reached = actual !== null && actual >= goal;
  if (pace.weeks < MIN_PACE_WEEKS || pace.calls === 0 || pace.appointments > pace.calls) {
    return { goal, actual, reached, chance: null, callsPerWeek: null };
  }
  const callsPerWeek = Math.round(pace.calls / pace.weeks);
  const chance = goal === 0 ? 1 : probabilityOfTarget(pace, callsPerWeek, goal);
  return { goal, actual, reached, chance, callsPerWeek };
}
