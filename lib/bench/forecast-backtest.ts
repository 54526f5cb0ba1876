// How often the forecast's 80% band held on stored history: rolling origins, each forecasting
// the weeks after it from the weeks before it (exactly as GET /forecast would have answered
// then), checked against the weeks that then happened. Figures, not pass/fail: `npm run bench`
// prints them for the seed-bench and the demo history.
import { forecastSelection } from "@/lib/dashboard/forecast-view";
import type { WeekRecord } from "@/lib/kpi/types";
import { weeklyCounts } from "@/lib/kpi/weekly-counts";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { addIsoWeeks, compareIsoWeeks } from "@/lib/weeks/iso-week";

export interface BacktestOptions {
  /** Weeks learned from at each origin (the API's default: 26). */
  learningWeeks?: number;
  /** An origin needs this many recorded weeks before it. */
  minWeeks?: number;
  horizon?: number;
  /** Every how many weeks an origin is taken (1 = every week). */
  originStep?: number;
  /** Members forecast one by one (beside the team); default every member. */
  memberIds?: readonly string[];
}

export interface BacktestFigures {
  /** Forecast weeks checked at the default plan (the recent average of calls). */
  weeksChecked: number;
  /** Share of those weeks whose appointments fell within p10..p90. */
  heldAtDefaultPlan: number | null;
  /** The week after each origin, forecast at the calls actually made that week. */
  weeksCheckedAtActualCalls: number;
  heldAtActualCalls: number | null;
}

export function backtestForecasts(
  records: readonly WeekRecord[],
  options: BacktestOptions = {},
): BacktestFigures {
  const { learningWeeks = 26, minWeeks = 8, horizon = 4, originStep = 1 } = options;
  const memberIds = options.memberIds ?? [...new Set(records.map((r) => r.memberId))];
  const selections: (string | null)[] = [null, ...memberIds];
  const tally = { checked: 0, held: 0, checkedAtCalls: 0, heldAtCalls: 0 };

  const allWeeks = [...new Set(records.map((r) => r.week))].sort(compareIsoWeeks);
  for (let index = minWeeks - 1; index < allWeeks.length - 1; index += originStep) {
    const origin = allWeeks[index] as string;
    const first = addIsoWeeks(origin, -(learningWeeks - 1));
    const last = addIsoWeeks(origin, horizon);
    const learned = records.filter(
      (r) => compareIsoWeeks(r.week, first) >= 0 && compareIsoWeeks(r.week, origin) <= 0,
    );
    const future = records.filter(
      (r) => compareIsoWeeks(r.week, origin) > 0 && compareIsoWeeks(r.week, last) <= 0,
    );
    for (const memberId of selections) {
      const own = (list: readonly WeekRecord[]) =>
        memberId === null ? list : list.filter((r) => r.memberId === memberId);
      if (weeklyCounts(own(learned), "appointments", "calls").length < minWeeks) continue;
      const happened = new Map(weeklyCounts(own(future), "appointments", "calls").map((w) => [w.week, w]));
      if (happened.size === 0) continue;
      const ask = (plannedCallsPerWeek: number | null, weeks: number) => {
        try {
          return forecastSelection({ records: learned, memberId, to: origin, weeks, plannedCallsPerWeek });
        } catch (error) {
          if (error instanceof InsufficientDataError) return null;
          throw error;
        }
      };
      for (const band of ask(null, horizon)?.weeks ?? []) {
        const actual = happened.get(band.week);
        if (!actual) continue;
        tally.checked += 1;
        if (actual.numerator >= band.p10 && actual.numerator <= band.p90) tally.held += 1;
      }
      const next = happened.get(addIsoWeeks(origin, 1));
      const atCalls = next && next.denominator > 0 ? ask(next.denominator, 1)?.weeks[0] : undefined;
      if (next && atCalls) {
        tally.checkedAtCalls += 1;
        if (next.numerator >= atCalls.p10 && next.numerator <= atCalls.p90) tally.heldAtCalls += 1;
      }
    }
  }
  const share = (held: number, checked: number) =>
    checked > 0 ? Math.round((held / checked) * 1000) / 1000 : null;
  return {
    weeksChecked: tally.checked,
    heldAtDefaultPlan: share(tally.held, tally.checked),
    weeksCheckedAtActualCalls: tally.checkedAtCalls,
    heldAtActualCalls: share(tally.heldAtCalls, tally.checkedAtCalls),
  };
}
