// Pooling: a ratio over several weeks or reps is the sum of numerators over the sum of
// denominators, never the mean of weekly ratios (a quiet week would weigh as much as a busy one).
import { parseIsoWeek } from "@/lib/weeks/iso-week";
import type { MetricDefinition, WeekRecord } from "./types";
import { own } from "./user-keys";

export interface PooledWeeks {
  /** Worked (member, week) records. */
  weeksWithData: number;
  /** notWorked (member, week) records: weeks off, excluded from every total. */
  weeksOff: number;
  /** Every non-retired metric (0 when never logged), and retired ones logged in these weeks. */
  totals: Record<string, number>;
  /** Metrics logged in at least one worked week, in the order of `metrics`. */
  loggedKeys: string[];
}

export interface RateCounts {
  numerator: number;
  denominator: number;
  /** Worked (member, week) records that counted towards this rate. */
  weeksCounted: number;
  /** Distinct ISO weeks among them: "pooled over N weeks", and the pace per week. */
  calendarWeeks: number;
}

/**
 * The worked records, in a fixed order (week, then member) so that sums of decimals do not
 * depend on the order the database returned them in. Throws a RangeError on a malformed week,
 * a duplicate (member, week) (it would be counted twice) or a negative or non-finite value.
 */
export function workedWeeks(weeks: readonly WeekRecord[]): WeekRecord[] {
  // Every ratio and derived rate of one selection pools the same array: validate and sort
  // it once. Callers hand the engine records they no longer change.
  const cached = workedCache.get(weeks);
  if (cached) return cached;
  const worked = validatedAndSorted(weeks);
  workedCache.set(weeks, worked);
  return worked;
}

const workedCache = new WeakMap<readonly WeekRecord[], WeekRecord[]>();

function validatedAndSorted(weeks: readonly WeekRecord[]): WeekRecord[] {
  // Sorted first, so a duplicate (member, week) is next to its twin: no set of identities.
  // Records usually arrive in this order already (loadWeekRecords asks the database for it).
  const byWeekThenMember = (a: WeekRecord, b: WeekRecord) =>
    compareText(a.week, b.week) || compareText(a.memberId, b.memberId);
  const sorted = weeks.every(
    (record, i) => i === 0 || byWeekThenMember(weeks[i - 1] as WeekRecord, record) <= 0,
  );
  const ordered = sorted ? weeks : [...weeks].sort(byWeekThenMember);
  let previous: WeekRecord | undefined;
  for (const record of ordered) {
    checkWeek(record.week);
    if (previous && previous.week === record.week && previous.memberId === record.memberId) {
      throw new RangeError(`Member "${record.memberId}" has two records for ${record.week}.`);
    }
    previous = record;
    if (record.notWorked) continue;
    for (const key in record.values) {
      const value = record.values[key] as number;
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`${record.week} of "${record.memberId}": ${key} is ${value}.`);
      }
    }
  }
  return ordered.filter((record) => !record.notWorked);
}

/** Week labels already found well-formed: a dashboard checks the same few dozen thousands of times. */
const checkedWeeks = new Set<string>();

function checkWeek(week: string) {
  if (checkedWeeks.has(week)) return;
  parseIsoWeek(week);
  if (checkedWeeks.size < 10_000) checkedWeeks.add(week);
}

export function poolWeeks(weeks: readonly WeekRecord[], metrics: readonly MetricDefinition[]): PooledWeeks {
  const worked = workedWeeks(weeks);
  // Plain, not prototype-free: it reaches client components. Read it with own().
  const totals: Record<string, number> = {};
  const loggedKeys: string[] = [];
  for (const metric of metrics) {
    let total = 0;
    let logged = false;
    for (const record of worked) {
      const value = own(record.values, metric.key);
      if (value === undefined) continue;
      total += value;
      logged = true;
    }
    if (logged) loggedKeys.push(metric.key);
    if (logged || !metric.retired) totals[metric.key] = total;
  }
  return {
    weeksWithData: worked.length,
    weeksOff: weeks.length - worked.length,
    totals,
    loggedKeys,
  };
}

/**
 * Pooled counts of numerator per denominator over the weeks that recorded BOTH (the pooling
 * rule). A blank field is "not recorded", never 0: counting a week with conversations but no
 * appointments as 0 appointments would pull appointments per conversation down (6 of 60 where
 * it is 6 of 30), and a stage added to the funnel later has no history to count against.
 */
export function poolRate(
  weeks: readonly WeekRecord[],
  _metrics: readonly MetricDefinition[],
  numeratorKey: string,
  denominatorKey: string,
): RateCounts {
  let numerator = 0;
  let denominator = 0;
  let weeksCounted = 0;
  const calendarWeeks = new Set<string>();
  for (const record of workedWeeks(weeks)) {
    const denominatorValue = record.values[denominatorKey];
    const numeratorValue = record.values[numeratorKey];
    if (denominatorValue === undefined || numeratorValue === undefined) continue;
    numerator += numeratorValue;
    denominator += denominatorValue;
    weeksCounted += 1;
    calendarWeeks.add(record.week);
  }
  return { numerator, denominator, weeksCounted, calendarWeeks: calendarWeeks.size };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
