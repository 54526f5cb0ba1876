// Control charts for a weekly proportion (appointments per conversation, week by week): which
// weeks are unusual, and whether a ratio has sat on one side of its centre for a while.
//
// A p-chart at 3 sigma says how far a week of n conversations may stray from the centre on luck
// alone. Sales weeks vary more than luck (leads, holidays, campaigns): with plain binomial
// limits nearly every busy week would be "unusual". Laney's p' chart widens the limits by the
// spread the weeks actually show (sigma_z, from the moving ranges of the weeks' z-scores), but
// never narrows them below the binomial ones. Each week is judged against limits computed from
// the OTHER weeks, so an outlier cannot widen its own limits and hide itself.
import { compareIsoWeeks } from "@/lib/weeks/iso-week";

/** One week of a proportion: numerator of denominator (0 of 0: nothing recorded). */
export interface WeeklyCount {
  /** ISO week, e.g. "2026-W47". */
  week: string;
  numerator: number;
  denominator: number;
}

export interface WeekLimits {
  week: string;
  /** numerator / denominator; null without a denominator. */
  value: number | null;
  /** The other weeks pooled; null when they are too few, or all 0% or all 100%. */
  centre: number | null;
  lower: number | null;
  upper: number | null;
  /** Laney's sigma_z of the other weeks, at least 1 (1: the weeks vary no more than luck). */
  widening: number | null;
  /** The value lies strictly outside [lower, upper]. */
  unusual: boolean;
}

export interface ControlChartOptions {
  /** Limits at this many sigmas (default 3). */
  sigmas?: number;
  /** Weeks with data, besides the one judged, needed for limits (default 4). */
  minOtherWeeks?: number;
}

/** d2 for moving ranges of two: the mean moving range of a normal sample is 1.128 sigma. */
const D2_FOR_MOVING_RANGE = 1.128;

/** The control limits of every week, oldest first, each from the other weeks. */
export function controlLimits(
  weeks: readonly WeeklyCount[],
  options: ControlChartOptions = {},
): WeekLimits[] {
  const chart = controlChart(weeks, options);
  return chart.weeks.map((_, i) => chart.limitsAt(i));
}

/**
 * The same limits one week at a time (`limitsAt(i)` of `weeks[i]`, oldest first), for callers
 * that need only some: an early warning looks at the latest weeks and stops at the first usual
 * one. Each week costs one pass over the others and allocates nothing; judging all 26 weeks of
 * 500 reps' 7 ratios with arrays filtered per week took 400 ms.
 */
export function controlChart(
  weeks: readonly WeeklyCount[],
  { sigmas = 3, minOtherWeeks = 4 }: ControlChartOptions = {},
): { weeks: readonly WeeklyCount[]; limitsAt: (index: number) => WeekLimits } {
  if (!(sigmas > 0)) throw new RangeError(`sigmas must be above 0, got ${sigmas}.`);
  if (!Number.isInteger(minOtherWeeks) || minOtherWeeks < 2) {
    throw new RangeError(`minOtherWeeks must be a whole number >= 2, got ${minOtherWeeks}.`);
  }
  const ordered = orderedWeeks(weeks);
  const withData = ordered.filter((week) => week.denominator > 0);
  const limitsAt = (index: number): WeekLimits => {
    const judged = ordered[index] as WeeklyCount;
    const value = judged.denominator > 0 ? judged.numerator / judged.denominator : null;
    const none = { week: judged.week, value, centre: null, lower: null, upper: null, widening: null };
    const otherCount = withData.length - (value === null ? 0 : 1);
    if (value === null || otherCount < minOtherWeeks) return { ...none, unusual: false };
    // The other weeks pooled, added in week order (as pooledRate would).
    let numerator = 0;
    let denominator = 0;
    for (const other of withData) {
      if (other === judged) continue;
      numerator += other.numerator;
      denominator += other.denominator;
    }
    const centre = numerator / denominator;
    if (centre <= 0 || centre >= 1) return { ...none, unusual: false };
    const widening = Math.max(1, sigmaZOfOrdered(withData, centre, judged));
    const spread = sigmas * widening * Math.sqrt((centre * (1 - centre)) / judged.denominator);
    const lower = Math.max(0, centre - spread);
    const upper = Math.min(1, centre + spread);
    return {
      week: judged.week,
      value,
      centre,
      lower,
      upper,
      widening,
      unusual: value < lower || value > upper,
    };
  };
  return { weeks: ordered, limitsAt };
}

/** The weeks outside their control limits, oldest first. */
export function unusualWeeks(weeks: readonly WeeklyCount[], options?: ControlChartOptions): string[] {
  return controlLimits(weeks, options)
    .filter((limits) => limits.unusual)
    .map((limits) => limits.week);
}

/**
 * Laney's sigma_z: the spread of the weeks' z-scores around `centre`, estimated from their
 * moving ranges (mean |z_i - z_(i-1)| / 1.128) in week order, so that a slow drift inflates it
 * less than a plain standard deviation would. 1 means the weeks vary as much as luck explains;
 * above 1, more. Weeks without a denominator are skipped; fewer than two weeks give 1.
 */
export function laneySigmaZ(weeks: readonly WeeklyCount[], centre: number): number {
  if (!(centre > 0 && centre < 1)) throw new RangeError(`centre must be between 0 and 1, got ${centre}.`);
  return sigmaZOfOrdered(orderedWeeks(weeks), centre);
}

/** sigma_z of the weeks with data in order, leaving out `skip` (the week being judged). */
function sigmaZOfOrdered(ordered: readonly WeeklyCount[], centre: number, skip?: WeeklyCount): number {
  const scale = centre * (1 - centre);
  let count = 0;
  let previous = 0;
  let sumOfRanges = 0;
  for (const week of ordered) {
    if (week === skip || !(week.denominator > 0)) continue;
    const z = (week.numerator / week.denominator - centre) / Math.sqrt(scale / week.denominator);
    if (count > 0) sumOfRanges += Math.abs(z - previous);
    previous = z;
    count += 1;
  }
  if (count < 2) return 1;
  return sumOfRanges / (count - 1) / D2_FOR_MOVING_RANGE;
}

export type Side = "above" | "below";

export interface SustainedRun {
  side: Side;
  /** The weeks of the run, oldest first (weeks without data are skipped, not breaks). */
  weeks: string[];
}

/**
 * Every maximal run of at least `length` consecutive weeks with data on one side of `centre`
 * (default: the pooled rate of all the weeks), oldest first. A week exactly on the centre ends
 * a run. Eight in a row on one side is the classic signal that a ratio really moved, where a
 * single week outside the limits may be noise; an early warning checks whether the last run
 * ends at the latest week.
 */
export function sustainedRuns(
  weeks: readonly WeeklyCount[],
  { length, centre }: { length: number; centre?: number },
): SustainedRun[] {
  if (!Number.isInteger(length) || length < 2) {
    throw new RangeError(`A run is a whole number >= 2 of weeks, got ${length}.`);
  }
  const withData = orderedWeeks(weeks).filter((week) => week.denominator > 0);
  const line = centre ?? (withData.length > 0 ? pooledRate(withData) : 0);
  const runs: SustainedRun[] = [];
  let current: SustainedRun | null = null;
  for (const week of withData) {
    const value = week.numerator / week.denominator;
    const side: Side | null = value > line ? "above" : value < line ? "below" : null;
    if (current !== null && current.side !== side) {
      if (current.weeks.length >= length) runs.push(current);
      current = null;
    }
    if (side === null) continue;
    current ??= { side, weeks: [] };
    current.weeks.push(week.week);
  }
  if (current !== null && current.weeks.length >= length) runs.push(current);
  return runs;
}

function pooledRate(weeks: readonly WeeklyCount[]): number {
  let numerator = 0;
  let denominator = 0;
  for (const week of weeks) {
    numerator += week.numerator;
    denominator += week.denominator;
  }
  return numerator / denominator;
}

function orderedWeeks(weeks: readonly WeeklyCount[]): readonly WeeklyCount[] {
  // Weeks usually arrive oldest first (a manager's home judges 500 reps' series per request):
  // strictly rising weeks hold no week twice and need no sort, so one pass decides.
  let rising = true;
  for (let i = 0; i < weeks.length; i++) {
    const week = weeks[i] as WeeklyCount;
    if (!(week.denominator >= 0) || !(week.numerator >= 0) || week.numerator > week.denominator) {
      throw new RangeError(`${week.week}: ${week.numerator} of ${week.denominator} is no proportion.`);
    }
    if (rising && i > 0 && compareIsoWeeks((weeks[i - 1] as WeeklyCount).week, week.week) >= 0)
      rising = false;
  }
  if (rising) return weeks;
  const seen = new Set<string>();
  for (const week of weeks) {
    if (seen.has(week.week)) throw new RangeError(`${week.week} appears twice.`);
    seen.add(week.week);
  }
  return [...weeks].sort((a, b) => compareIsoWeeks(a.week, b.week));
}
