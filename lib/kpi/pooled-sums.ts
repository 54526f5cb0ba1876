// Pooling is sums: every figure of a KPI summary follows from a few sums over the worked
// records, so the sums may come from anywhere (the records here, or the database summing per
// member) and the summary is the same. computeKpis is sumRecords followed by kpisFromSums.
import { poolRate, poolWeeks, type RateCounts } from "./pooling";
import { ratioDefinitions } from "./ratios";
import type { MetricDefinition, WeekRecord } from "./types";

/** A numerator and its denominator, pooled over the weeks that recorded both. */
export interface PairKey {
  numeratorKey: string;
  denominatorKey: string;
}

export interface PooledSums {
  /** Worked (member, week) records. */
  weeksWithData: number;
  /** notWorked (member, week) records. */
  weeksOff: number;
  /** Per metric logged in at least one worked record: its sum (absent: never logged). */
  sums: Record<string, number>;
  /** Per pairKeyOf(pair): the pooled counts over the worked records that recorded both. */
  pairs: Record<string, RateCounts>;
}

export const pairKeyOf = ({ numeratorKey, denominatorKey }: PairKey) => `${numeratorKey}/${denominatorKey}`;

/** The rates derived from time, on the default funnel's keys (see derivedRates). */
export const DERIVED_PAIRS: readonly PairKey[] = [
  { numeratorKey: "appointments", denominatorKey: "calls" },
  { numeratorKey: "calls", denominatorKey: "hours" },
  { numeratorKey: "talkMinutes", denominatorKey: "calls" },
];

/** Every pair a KPI summary pools: the funnel's ratios and the derived rates, each once. */
export function summaryPairs(metrics: readonly MetricDefinition[]): PairKey[] {
  const pairs = new Map<string, PairKey>();
  for (const pair of [...ratioDefinitions(metrics), ...DERIVED_PAIRS]) {
    pairs.set(pairKeyOf(pair), { numeratorKey: pair.numeratorKey, denominatorKey: pair.denominatorKey });
  }
  return [...pairs.values()];
}

export const NO_COUNTS: RateCounts = { numerator: 0, denominator: 0, weeksCounted: 0, calendarWeeks: 0 };

/** The sums of a set of records, by the pooling rule (validated as the engine does). */
export function sumRecords(weeks: readonly WeekRecord[], metrics: readonly MetricDefinition[]): PooledSums {
  const pooled = poolWeeks(weeks, metrics);
  const sums: Record<string, number> = {};
  for (const key of pooled.loggedKeys) sums[key] = pooled.totals[key] ?? 0;
  const pairs: Record<string, RateCounts> = {};
  for (const pair of summaryPairs(metrics)) {
    pairs[pairKeyOf(pair)] = poolRate(weeks, metrics, pair.numeratorKey, pair.denominatorKey);
  }
  return { weeksWithData: pooled.weeksWithData, weeksOff: pooled.weeksOff, sums, pairs };
}
