// A week holds two sources: what other systems counted (activity events) and what a person
// entered. A person's number for a metric wins over the count for that metric and week;
// every metric nobody corrected shows the count. Pure: the data layer stores the results.
import type { RawValue } from "@/lib/entries/validate-week";

export type Numbers = Record<string, number>;

export interface WeekSources {
  values: Numbers;
  counted: Numbers;
  /** Metric key → when a person's number replaced the count (ISO timestamp). */
  correctedAt: Record<string, string>;
}

export const NO_SOURCES: WeekSources = { values: {}, counted: {}, correctedAt: {} };

const isBlank = (raw: RawValue) => raw === null || raw === undefined || String(raw).trim() === "";

/**
 * What a person's form (or PUT) is checked as: their numbers, and the count wherever they
 * left a counted metric blank (a blank is "no correction", never 0).
 */
export function withCountsFilledIn(counted: Numbers, entered: Readonly<Record<string, RawValue>>) {
  const merged: Record<string, RawValue> = { ...counted };
  for (const [key, raw] of Object.entries(entered)) if (!isBlank(raw)) merged[key] = raw;
  return merged;
}

/**
 * Which counted metrics a person's validated week corrects: those whose number differs from
 * the count. A correction that stays the same keeps the moment it was first made.
 */
export function correctionsOf(current: WeekSources, values: Numbers, now: string): Record<string, string> {
  const correctedAt: Record<string, string> = {};
  for (const [key, count] of Object.entries(current.counted)) {
    const value = values[key];
    if (value === undefined || value === count) continue;
    const unchanged = current.correctedAt[key] !== undefined && current.values[key] === value;
    correctedAt[key] = unchanged ? (current.correctedAt[key] as string) : now;
  }
  return correctedAt;
}

/**
 * A week after its events were recounted: the counts fill every metric a person did not
 * set. A number entered before any event counted that metric is a person's number too, so
 * it becomes a correction (dated `enteredAt`, when the week was last saved).
 */
export function withNewCounts(current: WeekSources, counted: Numbers, enteredAt: string): WeekSources {
  const values = { ...current.values };
  const correctedAt = { ...current.correctedAt };
  for (const [key, count] of Object.entries(counted)) {
    const enteredBeforeCounting = current.counted[key] === undefined && current.values[key] !== undefined;
    if (correctedAt[key] === undefined && enteredBeforeCounting && current.values[key] !== count) {
      correctedAt[key] = enteredAt;
    }
    if (correctedAt[key] === undefined) values[key] = count;
  }
  return { values, counted, correctedAt };
}

const SECONDS_PER_MINUTE = 60;

/** Sums per metric (and talk time) → the counted numbers, minutes to two decimals. */
export function countedFromSums(
  sums: readonly { metricKey: string; count: number; durationSeconds: number }[],
  talkMetric: string | null,
): Numbers {
  const counted: Numbers = {};
  let seconds = 0;
  for (const row of sums) {
    counted[row.metricKey] = (counted[row.metricKey] ?? 0) + row.count;
    seconds += row.durationSeconds;
  }
  if (talkMetric && seconds > 0) {
    const minutes = (counted[talkMetric] ?? 0) + seconds / SECONDS_PER_MINUTE;
    counted[talkMetric] = Math.round(minutes * 100) / 100;
  }
  return counted;
}
