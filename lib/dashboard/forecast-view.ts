// A selection's appointment forecast, as the API and the forecast page give it: the team (every
// member's weeks) or one rep. For one rep, the rate rests on the team's prior (empirical Bayes)
// so that a rep with three weeks of data is not planned on their raw ratio alone; with many
// weeks the prior's share fades. Pure: the caller loads the organization's records of the
// weeks learned from.
import type { ErrorMessage } from "@/lib/errors";
import { parseDecimal } from "@/lib/forms/decimal";
import type { WeeklyCount } from "@/lib/kpi/control-chart";
import {
  callsSpreadOf,
  defaultCallsPerWeek,
  type ForecastBand,
  forecastAppointments,
} from "@/lib/kpi/forecast";
import { type BetaPrior, expectedLongRun, fitTeamPrior, type LongRunRatio } from "@/lib/kpi/long-run";
import type { Counts } from "@/lib/kpi/overdispersion";
import type { WeekRecord } from "@/lib/kpi/types";
import { weeklyCounts, weeklyTotals } from "@/lib/kpi/weekly-counts";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { addIsoWeeks, parseIsoWeek } from "@/lib/weeks/iso-week";
import type { WeeklyChartData } from "./chart-data";

export const FORECAST_DEFAULT_WEEKS = 4;
export const FORECAST_MAX_WEEKS = 13;
/** Weeks learned from by default: half a year, ending at `to`. */
export const FORECAST_LEARNING_WEEKS = 26;
export const FORECAST_MAX_CALLS = 100_000;

export interface ForecastQuestion {
  /** Every record of the organization in the weeks learned from (the prior needs the team). */
  records: readonly WeekRecord[];
  /** One member, or null for the whole team. */
  memberId: string | null;
  /** The last week learned from; the forecast starts the week after. */
  to: string;
  weeks: number;
  /** The plan; null = the average of the last four weeks that recorded calls. */
  plannedCallsPerWeek: number | null;
}

export interface ForecastAnswer {
  basis: {
    callsPerWeek: number;
    /** True when the calls are the selection's recent average, not a typed plan. */
    callsPerWeekIsAverage: boolean;
    /** The raw pooled ratio over the weeks that recorded both calls and appointments. */
    appointmentsPerCall: { numerator: number; denominator: number; value: number | null };
    weeksUsed: number;
    /** The rate the forecast runs on (the posterior mean). */
    rateUsed: number;
    /** One rep's ratio pulled toward the team's; null for the team or without a team prior. */
    expectedLongRun: LongRunRatio | null;
    /** How much weeks differ beyond luck (the beta-binomial's rho; 0 = luck only). */
    weekToWeekVariation: number;
  };
  weeks: (ForecastBand & { week: string })[];
  total: ForecastBand;
}

export function forecastSelection({
  records,
  memberId,
  to,
  weeks,
  plannedCallsPerWeek,
}: ForecastQuestion): ForecastAnswer {
  const selected = memberId === null ? records : records.filter((r) => r.memberId === memberId);
  const history = weeklyCounts(selected, "appointments", "calls");
  const callsByWeek = weeklyTotals(selected, "calls").map((w) => w.total);
  const callsPerWeek = plannedCallsPerWeek ?? defaultCallsPerWeek(callsByWeek);
  if (callsPerWeek === null || history.every((w) => w.denominator === 0)) {
    throw new InsufficientDataError("noCalls");
  }
  const own = sumCounts(history);
  const prior = memberId === null ? null : teamPrior(records);
  const forecast = forecastAppointments({
    history: history.map(asCounts),
    callsPerWeek,
    // A typed plan is kept; the recent average is no promise, so its weeks vary as they did.
    callsSpread: plannedCallsPerWeek === null ? callsSpreadOf(callsByWeek) : 0,
    weeks,
    prior,
  });
  return {
    basis: {
      callsPerWeek,
      callsPerWeekIsAverage: plannedCallsPerWeek === null,
      appointmentsPerCall: {
        numerator: own.successes,
        denominator: own.trials,
        value: own.trials > 0 ? own.successes / own.trials : null,
      },
      weeksUsed: history.length,
      rateUsed: forecast.rate,
      expectedLongRun: expectedLongRun(own, prior),
      weekToWeekVariation: forecast.overdispersion,
    },
    weeks: forecast.weeks.map((band, i) => ({ week: addIsoWeeks(to, i + 1), ...band })),
    total: forecast.total,
  };
}

/** The words the forecast chart needs, translated by the page (keys stay checkable there). */
export interface ForecastChartWords {
  /** A week's short label on the x axis ("W40"). */
  weekShort: (week: number) => string;
  /** The line's name: the expected appointments. */
  expected: string;
  /** The band's name (the 80% band). */
  band: string;
}

/** The forecast page's chart: the expected appointments a week (to one decimal) in the 80% band. */
export function forecastChart(weeks: ForecastAnswer["weeks"], words: ForecastChartWords): WeeklyChartData {
  return {
    weekLabels: weeks.map((w) => words.weekShort(parseIsoWeek(w.week).week)),
    series: [
      {
        id: "appointments",
        label: words.expected,
        values: weeks.map((w) => Math.round(w.expected * 10) / 10),
        type: "line",
        axis: "count",
      },
    ],
    band: {
      label: words.band,
      axis: "count",
      lows: weeks.map((w) => w.p10),
      highs: weeks.map((w) => w.p90),
    },
  };
}

/** The team's prior over these records; one array serves every rep of a backtest's origin. */
function teamPrior(records: readonly WeekRecord[]): BetaPrior | null {
  if (!priorCache.has(records)) priorCache.set(records, fitTeamPrior(countsPerMember(records)));
  return priorCache.get(records) ?? null;
}

const priorCache = new WeakMap<readonly WeekRecord[], BetaPrior | null>();

/** Each member's pooled appointments per call (weeks that recorded both), for the team prior. */
export function countsPerMember(records: readonly WeekRecord[]): Counts[] {
  const byMember = new Map<string, WeekRecord[]>();
  for (const record of records) {
    const own = byMember.get(record.memberId);
    if (own) own.push(record);
    else byMember.set(record.memberId, [record]);
  }
  return [...byMember.values()].map((own) => sumCounts(weeklyCounts(own, "appointments", "calls")));
}

function asCounts(week: WeeklyCount): Counts {
  return { successes: week.numerator, trials: week.denominator };
}

function sumCounts(weeks: readonly WeeklyCount[]): Counts {
  return weeks.reduce(
    (total, w) => ({ successes: total.successes + w.numerator, trials: total.trials + w.denominator }),
    { successes: 0, trials: 0 },
  );
}

/** The page's plan field: empty = the recent average; otherwise calls a week, 0..100,000. */
export function readPlannedCalls(text: string): { value: number | null; error: ErrorMessage | null } {
  const trimmed = text.trim();
  if (trimmed === "") return { value: null, error: null };
  const parsed = parseDecimal(trimmed);
  if (parsed === null) return { value: null, error: { key: "notANumber" } };
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > FORECAST_MAX_CALLS) {
    return { value: null, error: { key: "wholeBetween", values: { max: FORECAST_MAX_CALLS } } };
  }
  return { value: parsed, error: null };
}

type SearchValue = string | string[] | undefined;

export interface ForecastForm {
  /** What the form shows again: the text as typed. */
  values: { member: string; calls: string };
  errors: { calls?: ErrorMessage };
  /** The typed plan; null when empty or wrong (a wrong plan shows its error, never a guess). */
  plannedCalls: number | null;
}

/** The page's question from the URL (a GET form: a plan can be bookmarked and shared). */
export function readForecastForm(params: Record<string, SearchValue>): ForecastForm {
  const text = (value: SearchValue) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();
  const values = { member: text(params.member), calls: text(params.calls) };
  const calls = readPlannedCalls(values.calls);
  return { values, errors: calls.error ? { calls: calls.error } : {}, plannedCalls: calls.value };
}
