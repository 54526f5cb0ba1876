// Which goal applies to a week: the newest goal of that scope (one rep, or the team) whose
// starting week is on or before it. Pure; the rows come from lib/goals/data/goals.ts.

export interface WeeklyGoal {
  /** null: the team's goal (the sum of everyone's weeks). */
  memberId: string | null;
  /** The Monday of the week it applies from, "YYYY-MM-DD". */
  fromWeekStart: string;
  appointments: number;
  calls: number | null;
  conversations: number | null;
}

/** The goal in force in the week starting `weekStart`, or null when none was set by then. */
export function goalForWeek(
  goals: readonly WeeklyGoal[],
  memberId: string | null,
  weekStart: string,
): WeeklyGoal | null {
  let best: WeeklyGoal | null = null;
  for (const goal of goals) {
    if (goal.memberId !== memberId || goal.fromWeekStart > weekStart) continue;
    if (!best || goal.fromWeekStart > best.fromWeekStart) best = goal;
  }
  return best;
}
