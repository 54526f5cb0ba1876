// Ramp and benchmark: align reps on weeks since their start, and compare a new hire with the
// first rep (or the team) over the same weeks of tenure, with the uncertainty of the difference.
import { isoWeeksBetween } from "./iso-week";
import { estimateRatio, type RatioEstimate } from "./kpis";
import { poolRate, workedWeeks } from "./pooling";
import { ratioDefinitions } from "./ratios";
import type { Interval, MetricDefinition, WeekRecord } from "./types";
import { newcombeDifferenceInterval } from "./wilson";

export type BenchmarkVerdict = "ahead" | "onTrack" | "behind" | "notEnoughData";

/** Fewer denominator units than this on either side, and there is no verdict. */
export const DEFAULT_MINIMUM_DENOMINATOR = 30;

/** One rep's history: the ISO week they started and their week records. */
export interface RepHistory {
  startWeek: string;
  weeks: readonly WeekRecord[];
}

export interface TenureSide extends RatioEstimate {
  /** Worked (member, week) records in the tenure range. */
  weeksWithData: number;
}

export interface TenurePoint {
  tenureWeek: number;
  /** That tenure week alone; null when no worked record falls on it. */
  candidate: TenureSide | null;
  reference: TenureSide | null;
  /** Pooled from tenureFrom up to this tenure week; null before the first data. */
  candidateToDate: TenureSide | null;
  referenceToDate: TenureSide | null;
}

export interface TenureComparison {
  ratioKey: string;
  tenureFrom: number;
  tenureTo: number;
  candidate: TenureSide;
  reference: TenureSide;
  /** Candidate value minus reference value; null when either has no denominator. */
  difference: number | null;
  /** Newcombe's hybrid score interval for the difference. */
  differenceCi95: Interval | null;
  verdict: BenchmarkVerdict;
  series: TenurePoint[];
}

export interface CompareOnTenureInput {
  metrics: readonly MetricDefinition[];
  ratioKey: string;
  candidate: RepHistory;
  /** The first rep, or several reps (the team), each aligned on their own start week. */
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

export function compareOnTenure({
  metrics,
  ratioKey,
  candidate,
  reference,
  tenureFrom,
  tenureTo,
  minimumDenominator = DEFAULT_MINIMUM_DENOMINATOR,
}: CompareOnTenureInput): TenureComparison {
  if (!Number.isInteger(tenureFrom) || !Number.isInteger(tenureTo) || tenureFrom < 1) {
    throw new RangeError("Tenure weeks are whole numbers from 1 (the week of the start).");
  }
  if (tenureTo < tenureFrom) {
    throw new RangeError(`Tenure weeks ${tenureFrom} to ${tenureTo} run backwards.`);
  }
  if (!(minimumDenominator >= 0)) throw new RangeError("minimumDenominator must be >= 0.");
  const definition = ratioDefinitions(metrics).find((ratio) => ratio.key === ratioKey);
  if (!definition) throw new RangeError(`This funnel has no ratio "${ratioKey}".`);

  const candidateWeeks = withTenure([candidate]);
  const referenceWeeks = withTenure(Array.isArray(reference) ? reference : [reference]);
  const side = (weeks: TenureRecord[], from: number, to: number): TenureSide => {
    const inRange = weeks.filter((w) => w.tenureWeek >= from && w.tenureWeek <= to);
    const records = inRange.map((w) => w.record);
    const counts = poolRate(records, metrics, definition.numeratorKey, definition.denominatorKey);
    return {
      ...estimateRatio(counts.numerator, counts.denominator),
      weeksWithData: workedWeeks(records).length,
    };
  };

  const candidateSide = side(candidateWeeks, tenureFrom, tenureTo);
  const referenceSide = side(referenceWeeks, tenureFrom, tenureTo);
  const bothProportions = candidateSide.ci95 !== null && referenceSide.ci95 !== null;
  const differenceCi95 = bothProportions
    ? newcombeDifferenceInterval(
        candidateSide.numerator,
        candidateSide.denominator,
        referenceSide.numerator,
        referenceSide.denominator,
      )
    : null;
  const difference =
    candidateSide.value !== null && referenceSide.value !== null
      ? candidateSide.value - referenceSide.value
      : null;

  const series: TenurePoint[] = [];
  for (let week = tenureFrom; week <= tenureTo; week++) {
    const orNull = (pooled: TenureSide) => (pooled.weeksWithData > 0 ? pooled : null);
    series.push({
      tenureWeek: week,
      candidate: orNull(side(candidateWeeks, week, week)),
      reference: orNull(side(referenceWeeks, week, week)),
      candidateToDate: orNull(side(candidateWeeks, tenureFrom, week)),
      referenceToDate: orNull(side(referenceWeeks, tenureFrom, week)),
    });
  }

  return {
    ratioKey,
    tenureFrom,
    tenureTo,
    candidate: candidateSide,
    reference: referenceSide,
    difference,
    differenceCi95,
    verdict: verdictOf(candidateSide, referenceSide, differenceCi95, minimumDenominator),
    series,
  };
}

function verdictOf(
  candidate: TenureSide,
  reference: TenureSide,
  differenceCi95: Interval | null,
  minimumDenominator: number,
): BenchmarkVerdict {
  const tooLittle = (s: TenureSide) => s.denominator === 0 || s.denominator < minimumDenominator;
  if (tooLittle(candidate) || tooLittle(reference) || differenceCi95 === null) {
    return "notEnoughData";
  }
  if (differenceCi95[0] > 0) return "ahead";
  if (differenceCi95[1] < 0) return "behind";
  return "onTrack";
}

interface TenureRecord {
  tenureWeek: number;
  record: WeekRecord;
}

function withTenure(histories: readonly RepHistory[]): TenureRecord[] {
  return histories.flatMap((history) =>
    history.weeks.map((record) => ({
      tenureWeek: tenureWeek(history.startWeek, record.week),
      record,
    })),
  );
}
