// Week-by-week series for the trend charts: each week on its own, a rolling pooled window, and
// how the window moved against the window before it. Weeks without data are gaps, not zeros.
import { compareIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { type DerivedRates, derivedRates, estimateRatio, type RatioEstimate } from "./kpis";
import { poolRate, poolWeeks } from "./pooling";
import { ratioDefinitions } from "./ratios";
import type { MetricDefinition, RatioDefinition, WeekRecord } from "./types";

export type WeekStatus = "worked" | "notWorked" | "noData";

export interface PooledWindow {
  /** The ISO weeks pooled (only weeks with data), oldest first. */
  weeks: string[];
  totals: Record<string, number>;
  ratios: Record<string, RatioEstimate>;
  derived: DerivedRates;
}

export interface WeeklyPoint {
  week: string;
  /** worked: at least one worked record; notWorked: only weeks off; noData: no record at all. */
  status: WeekStatus;
  /** null unless worked. */
  totals: Record<string, number> | null;
  /** Every ratio key; null unless worked (a worked week with a 0 denominator has value null). */
  ratios: Record<string, RatioEstimate | null>;
  derived: DerivedRates | null;
  /** The last `window` weeks with data up to this week; null before the first week with data. */
  rolling: PooledWindow | null;
  /** Rolling value minus that of the `window` data weeks before it; null unless both are full. */
  changeVsPreviousWindow: Record<string, number | null>;
}

export interface WeeklySeriesInput {
  metrics: readonly MetricDefinition[];
  /** Records after toWeek are ignored; records before fromWeek fill the first windows. */
  weeks: readonly WeekRecord[];
  fromWeek: string;
  toWeek: string;
  /** Weeks with data per rolling window (default 4). */
  window?: number;
}

export function weeklySeries({
  metrics,
  weeks,
  fromWeek,
  toWeek,
  window = 4,
}: WeeklySeriesInput): WeeklyPoint[] {
  if (!Number.isInteger(window) || window < 1) {
    throw new RangeError(`The window must be a whole number of weeks >= 1, got ${window}.`);
  }
  const definitions = ratioDefinitions(metrics);
  const recordsByWeek = new Map<string, WeekRecord[]>();
  for (const record of weeks) {
    if (compareIsoWeeks(record.week, toWeek) > 0) continue;
    const records = recordsByWeek.get(record.week) ?? [];
    records.push(record);
    recordsByWeek.set(record.week, records);
  }
  const weeksWithData = [...recordsByWeek.keys()]
    .filter((week) => recordsByWeek.get(week)?.some((record) => !record.notWorked))
    .sort(compareIsoWeeks);
  const pool = (windowWeeks: string[]): PooledWindow =>
    pooledWindow(
      windowWeeks,
      windowWeeks.flatMap((week) => recordsByWeek.get(week) ?? []),
      metrics,
      definitions,
    );

  return listIsoWeeks(fromWeek, toWeek).map((week): WeeklyPoint => {
    const records = recordsByWeek.get(week) ?? [];
    const status: WeekStatus = records.some((record) => !record.notWorked)
      ? "worked"
      : records.length > 0
        ? "notWorked"
        : "noData";
    const own = status === "worked" ? pool([week]) : null;

    const dataWeeksSoFar = weeksWithData.filter((dataWeek) => compareIsoWeeks(dataWeek, week) <= 0);
    const currentWeeks = dataWeeksSoFar.slice(-window);
    const previousWeeks = dataWeeksSoFar.slice(-2 * window, -window);
    const rolling = currentWeeks.length > 0 ? pool(currentWeeks) : null;
    const previous = previousWeeks.length === window ? pool(previousWeeks) : null;
    const bothFull = rolling !== null && currentWeeks.length === window && previous !== null;

    const ratios: Record<string, RatioEstimate | null> = {};
    const changeVsPreviousWindow: Record<string, number | null> = {};
    for (const { key } of definitions) {
      ratios[key] = own?.ratios[key] ?? null;
      const currentValue = bothFull ? rolling.ratios[key]?.value : null;
      const previousValue = bothFull ? previous.ratios[key]?.value : null;
      changeVsPreviousWindow[key] =
        currentValue == null || previousValue == null ? null : currentValue - previousValue;
    }
    return {
      week,
      status,
      totals: own?.totals ?? null,
      ratios,
      derived: own?.derived ?? null,
      rolling,
      changeVsPreviousWindow,
    };
  });
}

function pooledWindow(
  weeks: string[],
  records: WeekRecord[],
  metrics: readonly MetricDefinition[],
  definitions: readonly RatioDefinition[],
): PooledWindow {
  const ratios: Record<string, RatioEstimate> = {};
  for (const definition of definitions) {
    const { numerator, denominator } = poolRate(
      records,
      metrics,
      definition.numeratorKey,
      definition.denominatorKey,
    );
    ratios[definition.key] = estimateRatio(numerator, denominator);
  }
  return {
    weeks,
    totals: poolWeeks(records, metrics).totals,
    ratios,
    derived: derivedRates(records, metrics),
  };
}
