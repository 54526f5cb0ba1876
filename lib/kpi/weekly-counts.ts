// A ratio's counts week by week, for the models that look at how a rate moves between weeks
// (forecasts, early warnings). The pooling rule holds: a record counts towards a week only
// when both its numerator and its denominator were recorded; a blank is not a 0.

import type { WeeklyCount } from "./control-chart";
import { workedWeeks } from "./pooling";
import type { WeekRecord } from "./types";

/** Per ISO week with at least one record that recorded both keys: the sums, oldest first. */
export function weeklyCounts(
  weeks: readonly WeekRecord[],
  numeratorKey: string,
  denominatorKey: string,
): WeeklyCount[] {
  const byWeek = new Map<string, WeeklyCount>();
  for (const record of workedWeeks(weeks)) {
    const numerator = record.values[numeratorKey];
    const denominator = record.values[denominatorKey];
    if (numerator === undefined || denominator === undefined) continue;
    const counts = byWeek.get(record.week) ?? { week: record.week, numerator: 0, denominator: 0 };
    counts.numerator += numerator;
    counts.denominator += denominator;
    byWeek.set(record.week, counts);
  }
  // workedWeeks orders the records by week, so the weeks were met, and kept, oldest first.
  return [...byWeek.values()];
}

/** Per ISO week in which `key` was recorded: its sum over the records, oldest first. */
export function weeklyTotals(weeks: readonly WeekRecord[], key: string): { week: string; total: number }[] {
  const byWeek = new Map<string, number>();
  for (const record of workedWeeks(weeks)) {
    const value = record.values[key];
    if (value === undefined) continue;
    byWeek.set(record.week, (byWeek.get(record.week) ?? 0) + value);
  }
  // Oldest first, as workedWeeks ordered the records.
  return [...byWeek.entries()].map(([week, total]) => ({ week, total }));
}
