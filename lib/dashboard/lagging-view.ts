// Lagging results summed per rep over a period, beside the leading numbers that predict them.
export interface LaggingTotals {
  appointmentsHeld: number;
  dealsWon: number;
  revenueWon: number;
  /** Weeks with results entered. */
  weeksEntered: number;
}

export interface LaggingEntry {
  memberId: string;
  appointmentsHeld: number;
  dealsWon: number;
  revenueWon: number;
  /** How many weeks the entry sums (the database's sum per member); one week when absent. */
  weeks?: number;
}

export const NO_LAGGING: LaggingTotals = { appointmentsHeld: 0, dealsWon: 0, revenueWon: 0, weeksEntered: 0 };

export function laggingTotals(entries: readonly LaggingEntry[]): {
  byMember: Record<string, LaggingTotals>;
  team: LaggingTotals;
} {
  const byMember: Record<string, LaggingTotals> = {};
  const team = { ...NO_LAGGING };
  for (const entry of entries) {
    const member = byMember[entry.memberId] ?? { ...NO_LAGGING };
    for (const totals of [member, team]) {
      totals.appointmentsHeld += entry.appointmentsHeld;
      totals.dealsWon += entry.dealsWon;
      // Cents, so that sums of decimals do not drift.
      totals.revenueWon = Math.round((totals.revenueWon + entry.revenueWon) * 100) / 100;
      totals.weeksEntered += entry.weeks ?? 1;
    }
    byMember[entry.memberId] = member;
  }
  return { byMember, team };
}
