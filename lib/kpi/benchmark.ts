// Ramp and benchmark: align reps on weeks since their start, and compare a new hire with the
// first rep (or the rest of the team) on the same weeks of tenure only. Pooling the reference
// over weeks the candidate never logged would compare a week-3 rep with a week-8 rep.

import { isoWeeksBetween, parseIsoWeek } from "@/lib/weeks/iso-week";
import { clusteredProportion, differenceFromIntervals } from "./clustered-proportion";
import { ratioDefinitions } from "./ratios";
import type { Interval, MetricDefinition, WeekRecord } from "./types";
import { wilsonInterval } from "./wilson";

export type BenchmarkVerdict = "ahead" | "onTrack" | "behind" | "notEnoughData";

/** Fewer denominator units than this on either side, and there is no verdict. */
export const DEFAULT_MINIMUM_DENOMINATOR = 30;
/** An "on track" whose difference interval reaches further than this either side is "no clear difference yet". */
export const CLEAR_DIFFERENCE_HALF_WIDTH = 0.1;
/** "When will we know" looks this many weeks ahead at most. */
export const MAX_WEEKS_TO_VERDICT = 104;

/** One rep's history: the ISO week they started and their week records. */
export interface RepHistory {
  startWeek: string;
  weeks: readonly WeekRecord[];
}

export interface BenchmarkSide {
  numerator: number;
  denominator: number;
  value: number | null;
  ci95: Interval | null;
}

export interface ReferenceSide extends BenchmarkSide {
  /** Reps that contributed at least one matched week (1 for a single reference). */
  reps: number;
  /** 1 for a single rep; for the team, how much the variation between reps widens the interval. */
  designEffect: number;
}

export interface RampPoint {
  tenureWeek: number;
  /** That tenure week alone; null when the ratio was not recorded that week. */
  candidate: BenchmarkSide | null;
  reference: BenchmarkSide | null;
  /** Both sides recorded it: the week counts in the comparison. */
  matched: boolean;
}

export interface TenureComparison {
  ratioKey: string;
  tenureFrom: number;
  tenureTo: number;
  matchedTenureWeeks: number[];
  candidate: BenchmarkSide;
  reference: ReferenceSide;
  /** Candidate value minus reference value; null when either has no denominator. */
  difference: number | null;
  /** Newcombe's hybrid score interval (with the team's widened interval for `team`). */
  differenceCi95: Interval | null;
  verdict: BenchmarkVerdict;
  /** onTrack while the interval reaches further than ±10 points: "no clear difference yet". */
  clearlyOnTrack: boolean;
  /**
   * More matched weeks, at the pace of those so far, until the verdict is ahead, behind or a
   * clear on-track; 0 when it already is; null when there is nothing to project from or it takes
   * longer than MAX_WEEKS_TO_VERDICT.
   */
  weeksToVerdict: number | null;
  ramp: RampPoint[];
}

export interface CompareOnTenureInput {
  metrics: readonly MetricDefinition[];
  ratioKey: string;
  candidate: RepHistory;
  /** The first rep, or the rest of the team: several reps, each on their own start week. */
  reference: RepHistory | readonly RepHistory[];
  tenureFrom: number;
  tenureTo: number;
  /** Fewer denominator units than this on either side gives "notEnoughData" (default 30). */
  minimumDenominator?: number;
}

/** Week 1 is the week of the start; weeks before the start give 0 or less. */
export function tenureWeek(startedOnWeek: string, week: string): number {
  return isoWeeksBetween(startedOnWeek, week) + 1;
}

/** One tenure week's (or one rep's) counts of the ratio. */
export interface TenureCell {
  numerator: number;
  denominator: number;
}
type Cell = TenureCell;

/**
 * What a comparison needs once the weeks are counted, wherever they were counted (here from
 * records; lib/benchmark sums the team in the database): the candidate per tenure week, the
 * reference summed per tenure week, and each reference rep's sum over the candidate's weeks.
 */
export interface TenureCells {
  candidate: ReadonlyMap<number, TenureCell>;
  referenceByWeek: ReadonlyMap<number, TenureCell>;
  /** Per reference rep, the sum over the tenure weeks the candidate recorded (any order). */
  referencePerRep: readonly TenureCell[];
  /** The rest of the team (clustered interval), or one rep. */
  team: boolean;
}

export function compareOnTenure({
  metrics,
  ratioKey,
  candidate,
  reference,
  tenureFrom,
  tenureTo,
  minimumDenominator = DEFAULT_MINIMUM_DENOMINATOR,
}: CompareOnTenureInput): TenureComparison {
  assertTenureRange(tenureFrom, tenureTo, minimumDenominator);
  const keys = ratioKeys(metrics, ratioKey);
  const range = { from: tenureFrom, to: tenureTo };

  const mine = recordedByTenure(candidate, keys, range);
  const team = Array.isArray(reference);
  const theirs = (team ? reference : [reference as RepHistory]).map((rep) =>
    recordedByTenure(rep, keys, range),
  );

  // The reference's cell per tenure week, summed over its reps (for the ramp and the matching).
  const referenceByWeek = new Map<number, Cell>();
  for (const rep of theirs) {
    for (const [week, cell] of rep) {
      const sum = referenceByWeek.get(week) ?? { numerator: 0, denominator: 0 };
      sum.numerator += cell.numerator;
      sum.denominator += cell.denominator;
      referenceByWeek.set(week, sum);
    }
  }
  const candidateWeeks = new Set(mine.keys());
  return compareTenureCells(
    {
      candidate: mine,
      referenceByWeek,
      referencePerRep: theirs.map((rep) => sumOver(rep, candidateWeeks)),
      team,
    },
    { ratioKey, tenureFrom, tenureTo, minimumDenominator },
  );
}

function assertTenureRange(tenureFrom: number, tenureTo: number, minimumDenominator: number): void {
  if (!Number.isInteger(tenureFrom) || !Number.isInteger(tenureTo) || tenureFrom < 1) {
    throw new RangeError("Tenure weeks are whole numbers from 1 (the week of the start).");
  }
  if (tenureTo < tenureFrom) {
    throw new RangeError(`Tenure weeks ${tenureFrom} to ${tenureTo} run backwards.`);
  }
  if (!(minimumDenominator >= 0)) throw new RangeError("minimumDenominator must be >= 0.");
}

/** The numerator and denominator keys of a ratio of this funnel. */
export function ratioKeys(
  metrics: readonly MetricDefinition[],
  ratioKey: string,
): { numerator: string; denominator: string } {
  const definition = ratioDefinitions(metrics).find((ratio) => ratio.key === ratioKey);
  if (!definition) throw new RangeError(`This funnel has no ratio "${ratioKey}".`);
  return { numerator: definition.numeratorKey, denominator: definition.denominatorKey };
}

/** The comparison from counted cells (see TenureCells); compareOnTenure counts them from records. */
export function compareTenureCells(
  cells: TenureCells,
  options: { ratioKey: string; tenureFrom: number; tenureTo: number; minimumDenominator?: number },
): TenureComparison {
  const { ratioKey, tenureFrom, tenureTo, minimumDenominator = DEFAULT_MINIMUM_DENOMINATOR } = options;
  assertTenureRange(tenureFrom, tenureTo, minimumDenominator);
  const { candidate: mine, referenceByWeek, team } = cells;
  const matched = new Set<number>();
  for (const week of mine.keys()) {
    if (week >= tenureFrom && week <= tenureTo && referenceByWeek.has(week)) matched.add(week);
  }
  const candidateCounts = sumOver(mine, matched);
  // A rep's sum over the candidate's weeks is over the matched ones: a week of theirs is in
  // referenceByWeek by definition.
  const perRep = cells.referencePerRep.filter((c) => c.denominator > 0);
  const candidateSide = side(candidateCounts.numerator, candidateCounts.denominator);
  const referenceSide = referenceOf(perRep, team);
  const difference =
    candidateSide.value !== null && referenceSide.value !== null
      ? candidateSide.value - referenceSide.value
      : null;
  const differenceCi95 = differenceInterval(candidateSide, referenceSide);
  const verdict = verdictOf(candidateSide, referenceSide, differenceCi95, minimumDenominator);

  const ramp: RampPoint[] = [];
  for (let week = tenureFrom; week <= tenureTo; week++) {
    const own = mine.get(week);
    const other = referenceByWeek.get(week);
    ramp.push({
      tenureWeek: week,
      candidate: own ? side(own.numerator, own.denominator) : null,
      reference: other ? side(other.numerator, other.denominator) : null,
      matched: matched.has(week),
    });
  }

  return {
    ratioKey,
    tenureFrom,
    tenureTo,
    matchedTenureWeeks: [...matched].sort((a, b) => a - b),
    candidate: candidateSide,
    reference: referenceSide,
    difference,
    differenceCi95,
    verdict,
    clearlyOnTrack: verdict === "onTrack" && differenceCi95 !== null && narrow(differenceCi95),
    weeksToVerdict: weeksToVerdict(candidateSide, referenceSide, matched.size, minimumDenominator),
    ramp,
  };
}

/**
 * Tenure week -> counts, for the weeks in range in which the rep recorded both the numerator
 * and the denominator (a blank is not 0; a week off records nothing). One pass per rep.
 */
export function recordedByTenure(
  rep: RepHistory,
  keys: { numerator: string; denominator: string },
  range: { from: number; to: number },
): Map<number, Cell> {
  parseIsoWeek(rep.startWeek);
  const cells = new Map<number, Cell>();
  const seen = new Set<string>();
  for (const record of rep.weeks) {
    if (seen.has(record.week)) {
      throw new RangeError(`Member "${record.memberId}" has two records for ${record.week}.`);
    }
    seen.add(record.week);
    const week = tenureWeek(rep.startWeek, record.week);
    if (record.notWorked || week < range.from || week > range.to) continue;
    const numerator = record.values[keys.numerator];
    const denominator = record.values[keys.denominator];
    if (numerator === undefined || denominator === undefined) continue;
    for (const value of [numerator, denominator]) {
      if (!Number.isFinite(value) || value < 0) {
        throw new RangeError(`${record.week} of "${record.memberId}": a value is ${value}.`);
      }
    }
    cells.set(week, { numerator, denominator });
  }
  return cells;
}

function sumOver(cells: ReadonlyMap<number, Cell>, weeks: ReadonlySet<number>): Cell {
  const sum = { numerator: 0, denominator: 0 };
  for (const [week, cell] of cells) {
    if (!weeks.has(week)) continue;
    sum.numerator += cell.numerator;
    sum.denominator += cell.denominator;
  }
  return sum;
}

/** A numerator above its denominator (bad data) keeps its value but gets no interval. */
function side(numerator: number, denominator: number): BenchmarkSide {
  return {
    numerator,
    denominator,
    value: denominator > 0 ? numerator / denominator : null,
    ci95: numerator <= denominator ? wilsonInterval(numerator, denominator) : null,
  };
}

function referenceOf(perRep: readonly Cell[], team: boolean): ReferenceSide {
  if (!team) {
    const only = perRep[0] ?? { numerator: 0, denominator: 0 };
    return { ...side(only.numerator, only.denominator), reps: perRep.length, designEffect: 1 };
  }
  const pooled = clusteredProportion(perRep);
  return {
    numerator: pooled.numerator,
    denominator: pooled.denominator,
    value: pooled.value,
    ci95: pooled.ci95,
    reps: perRep.length,
    designEffect: pooled.designEffect,
  };
}

function differenceInterval(candidate: BenchmarkSide, reference: BenchmarkSide): Interval | null {
  if (candidate.value === null || candidate.ci95 === null) return null;
  if (reference.value === null || reference.ci95 === null) return null;
  return differenceFromIntervals(candidate.value, candidate.ci95, reference.value, reference.ci95);
}

const narrow = (interval: Interval) => (interval[1] - interval[0]) / 2 <= CLEAR_DIFFERENCE_HALF_WIDTH;

function verdictOf(
  candidate: BenchmarkSide,
  reference: BenchmarkSide,
  differenceCi95: Interval | null,
  minimumDenominator: number,
): BenchmarkVerdict {
  const tooLittle = (s: BenchmarkSide) => s.denominator === 0 || s.denominator < minimumDenominator;
  if (tooLittle(candidate) || tooLittle(reference) || differenceCi95 === null) {
    return "notEnoughData";
  }
  if (differenceCi95[0] > 0) return "ahead";
  if (differenceCi95[1] < 0) return "behind";
  return "onTrack";
}

/**
 * Both sides keep their rates and their denominators per matched week (the team keeps its
 * design effect); the first number of extra weeks whose projected verdict is ahead, behind or
 * a clear on-track. Each projection is a constant amount of work.
 */
function weeksToVerdict(
  candidate: BenchmarkSide,
  reference: ReferenceSide,
  matchedWeeks: number,
  minimumDenominator: number,
): number | null {
  const decided = (c: BenchmarkSide, r: BenchmarkSide) => {
    const interval = differenceInterval(c, r);
    const verdict = verdictOf(c, r, interval, minimumDenominator);
    return (
      verdict === "ahead" || verdict === "behind" || (verdict === "onTrack" && !!interval && narrow(interval))
    );
  };
  if (decided(candidate, reference)) return 0;
  if (matchedWeeks === 0 || candidate.denominator === 0 || reference.denominator === 0) return null;
  for (let extra = 1; extra <= MAX_WEEKS_TO_VERDICT; extra++) {
    const scale = (matchedWeeks + extra) / matchedWeeks;
    const c = side(candidate.numerator * scale, candidate.denominator * scale);
    const effect = reference.designEffect;
    const r = side(reference.numerator * scale, reference.denominator * scale);
    const widened = { ...r, ci95: side(r.numerator / effect, r.denominator / effect).ci95 };
    if (decided(c, widened)) return extra;
  }
  return null;
}
