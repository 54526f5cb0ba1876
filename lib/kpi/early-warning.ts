// Early warnings for one rep's ratio, week by week: has it really changed, or was it a bad
// week? Built on the control chart (control-chart.ts): a week outside its limits (Laney's p',
// each week judged against the others, widened by the variation the weeks show beyond luck),
// or a sustained run of weeks on one side of the usual level. Only what is current counts: the
// latest week with data must be part of it. Tuned so that a steady rep is flagged in fewer
// than 1 week in 100 (see early-warning.test.ts).
import { controlChart, type Side, sustainedRuns, type WeeklyCount } from "./control-chart";

/**
 * Weeks in a row on one side of the usual level that count as a sustained shift: chance makes
 * 10 in a row about 1 week in 500 (2 / 2^10), which with the weeks outside the limits keeps a
 * steady rep under 1 flagged week in 100; 8 or 9 would not.
 */
export const SUSTAINED_RUN_WEEKS = 10;

export interface RatioWarning {
  /** outside: the latest week(s) outside the control limits; run: a sustained run on one side. */
  kind: "outside" | "run";
  side: Side;
  /** How many weeks the signal has lasted, up to the latest week. */
  weeks: number;
  /** The latest week of the signal. */
  latestWeek: string;
}

/** The current warning of one ratio's weeks (oldest first or not), or null. */
export function currentWarning(
  weeks: readonly WeeklyCount[],
  { runWeeks = SUSTAINED_RUN_WEEKS }: { runWeeks?: number } = {},
): RatioWarning | null {
  const withData = weeks.filter((week) => week.denominator > 0 && week.numerator <= week.denominator);
  // Only the latest weeks are judged: counting back stops at the first usual one.
  const chart = controlChart(withData);
  const latest = chart.weeks.at(-1);
  if (!latest) return null;
  // The latest weeks outside the limits on one side, counted back from the latest week.
  let outside = 0;
  let outsideSide: Side | null = null;
  for (let i = chart.weeks.length - 1; i >= 0; i--) {
    const week = chart.limitsAt(i);
    if (!week.unusual || week.value === null || week.centre === null) break;
    const side: Side = week.value < week.centre ? "below" : "above";
    if (outsideSide !== null && side !== outsideSide) break;
    outsideSide = side;
    outside += 1;
  }
  const run = sustainedRuns(withData, { length: runWeeks }).at(-1);
  const runIsCurrent = run !== undefined && run.weeks.at(-1) === latest.week;
  if (runIsCurrent && run.weeks.length >= outside) {
    return { kind: "run", side: run.side, weeks: run.weeks.length, latestWeek: latest.week };
  }
  if (outsideSide !== null)
    return { kind: "outside", side: outsideSide, weeks: outside, latestWeek: latest.week };
  return null;
}
