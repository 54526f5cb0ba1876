// The dashboard's period: which ISO weeks a view covers, read from the URL so a view can be
// shared (?period=13w, or ?period=custom&from=2026-W30&to=2026-W47). Pure: the caller passes
// the current ISO week in the organization's time zone.
import { addIsoWeeks, compareIsoWeeks, isoWeeksBetween, parseIsoWeek } from "@/lib/weeks/iso-week";

export const PERIOD_KINDS = ["this", "4w", "13w", "52w", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The demo's eight weeks fit in it, and a quarter is how long trainees are coached. */
export const DEFAULT_PERIOD: PeriodKind = "13w";

/** A custom range longer than five years is cut to its last five years (the page stays fast). */
export const MAX_PERIOD_WEEKS = 260;

export interface Period {
  kind: PeriodKind;
  fromWeek: string;
  toWeek: string;
  /** The URL asked for something unusable (a bad week, a range cut short) and got this instead. */
  adjusted: boolean;
}

type SearchValue = string | string[] | undefined;

export interface PeriodSearchParams {
  period?: SearchValue;
  from?: SearchValue;
  to?: SearchValue;
}

const LAST_WEEKS: Record<"4w" | "13w" | "52w", number> = { "4w": 4, "13w": 13, "52w": 52 };

/** "Last N weeks" are the N complete weeks ending last week; "this" is the week in progress. */
export function resolvePeriod(params: PeriodSearchParams, currentWeek: string): Period {
  parseIsoWeek(currentWeek);
  const requested = first(params.period);
  const kind = PERIOD_KINDS.find((k) => k === requested);
  if (kind === "this") return { kind, fromWeek: currentWeek, toWeek: currentWeek, adjusted: false };
  if (kind === "custom") return customPeriod(first(params.from), first(params.to), currentWeek);
  const lastN = kind ?? DEFAULT_PERIOD;
  const adjusted = requested !== undefined && kind === undefined;
  return lastWeeks(lastN as keyof typeof LAST_WEEKS, currentWeek, adjusted);
}

function lastWeeks(kind: keyof typeof LAST_WEEKS, currentWeek: string, adjusted: boolean): Period {
  const toWeek = addIsoWeeks(currentWeek, -1);
  return { kind, fromWeek: addIsoWeeks(toWeek, -(LAST_WEEKS[kind] - 1)), toWeek, adjusted };
}

function customPeriod(from: string | undefined, to: string | undefined, currentWeek: string): Period {
  const fromWeek = validWeek(from);
  const toWeek = validWeek(to);
  if (!fromWeek && !toWeek) return lastWeeks(DEFAULT_PERIOD as "13w", currentWeek, true);
  // One end missing: a single week, which is what someone picking only one week means.
  let start = fromWeek ?? (toWeek as string);
  let end = toWeek ?? start;
  let adjusted = !fromWeek || !toWeek;
  if (compareIsoWeeks(start, end) > 0) {
    [start, end] = [end, start];
    adjusted = true;
  }
  if (isoWeeksBetween(start, end) >= MAX_PERIOD_WEEKS) {
    start = addIsoWeeks(end, -(MAX_PERIOD_WEEKS - 1));
    adjusted = true;
  }
  return { kind: "custom", fromWeek: start, toWeek: end, adjusted };
}

function validWeek(text: string | undefined): string | null {
  if (!text) return null;
  try {
    parseIsoWeek(text);
    return text;
  } catch {
    return null;
  }
}

function first(value: SearchValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The query string that reproduces a period (what the picker links to). */
export function periodQuery(period: Pick<Period, "kind" | "fromWeek" | "toWeek">): string {
  const query = new URLSearchParams({ period: period.kind });
  if (period.kind === "custom") {
    query.set("from", period.fromWeek);
    query.set("to", period.toWeek);
  }
  return query.toString();
}

/** Every week of the period, oldest first. */
export function weeksOf(period: Pick<Period, "fromWeek" | "toWeek">): number {
  return isoWeeksBetween(period.fromWeek, period.toWeek) + 1;
}
