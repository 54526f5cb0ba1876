// The what-if page's question and answer, pure: the question is in the URL (a plan can be
// bookmarked and shared), the answer comes from the KPI engine's reverse funnel over the
// pooled counts of the chosen weeks. The server sends those counts (whatIfBasis), never the
// weeks, and the browser answers each target as it is typed with the same functions. Per day
// or per week: the engine works per "period", so a weekly target is a target per five-day period.
// Runs in the browser too: no zod, no server-only imports.
import type { ErrorMessage } from "@/lib/errors";
import { decimalPlaces, parseDecimal, WHAT_IF_TARGET_DECIMALS } from "@/lib/forms/parse-decimal";
import type { KpiRatio, KpiSummary } from "@/lib/kpi/kpis";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import {
  InsufficientDataError,
  type InsufficientDataReason,
  type WhatIfCounts,
  type WhatIfResult,
  whatIfCounts,
  whatIfOverCounts,
} from "@/lib/kpi/what-if";

export const WHAT_IF_PERIODS = ["4w", "13w", "52w"] as const;
export type WhatIfPeriod = (typeof WHAT_IF_PERIODS)[number];
export const WHAT_IF_UNITS = ["day", "week"] as const;
export type WhatIfUnit = (typeof WHAT_IF_UNITS)[number];

export const DEFAULT_HOURS_PER_REP_PER_DAY = 8;
const MAX_TARGET = 1000;
const MAX_CALLS = 100_000;

export interface WhatIfQuestion {
  /** Appointments per `unit`. */
  target: number;
  unit: WhatIfUnit;
  /** The effort to assess, in calls per `unit`; by default the calls the target takes. */
  plannedCalls: number | null;
  /** Prospecting hours one rep can give a day, for the FTE figure. */
  hoursPerRepPerDay: number;
}

export interface WhatIfForm {
  /** What the form shows again: the text as typed. */
  values: {
    target: string;
    unit: WhatIfUnit;
    calls: string;
    hours: string;
    period: WhatIfPeriod;
    member: string;
  };
  /** Field -> what is wrong with it. */
  errors: Partial<Record<"target" | "unit" | "calls" | "hours" | "period", ErrorMessage>>;
  /** Set when a target was given and every field is valid. */
  question: WhatIfQuestion | null;
}

/** The form's fields in the order the address lists them. */
export const WHAT_IF_FIELDS = ["target", "unit", "calls", "hours", "period", "member"] as const;
export type WhatIfFields = Record<(typeof WHAT_IF_FIELDS)[number], string>;

type SearchValue = string | string[] | undefined;
const text = (value: SearchValue) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

/** Each field's text as the URL gives it (the first of a repeated parameter), unchecked. */
export function whatIfFields(params: Record<string, SearchValue>): WhatIfFields {
  return {
    target: text(params.target),
    unit: text(params.unit),
    calls: text(params.calls),
    hours: text(params.hours),
    period: text(params.period),
    member: text(params.member),
  };
}

/** The address of a question: the fields that hold something, so a plan can be bookmarked. */
export function whatIfHref(basePath: string, fields: WhatIfFields): string {
  const query = new URLSearchParams();
  for (const field of WHAT_IF_FIELDS) if (fields[field] !== "") query.set(field, fields[field]);
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/**
 * Whether a submitted form asks for other weeks or another person than the page has loaded
 * (`loaded`: the fields of its address). Only then does it need the server: the target, unit,
 * calls and hours are answered where they are typed.
 */
export function asksForOtherData(
  loaded: WhatIfFields,
  submitted: { period: string; member: string },
): boolean {
  const applied = readWhatIfForm(loaded);
  return (
    applied.errors.period !== undefined ||
    submitted.period !== applied.values.period ||
    submitted.member !== applied.values.member
  );
}

/**
 * Reads the question from the URL, or from the fields as typed in the browser; a bad field is
 * an error next to it, never a silent default.
 */
export function readWhatIfForm(params: Record<string, SearchValue>): WhatIfForm {
  const raw = whatIfFields(params);
  const errors: WhatIfForm["errors"] = {};
  const unit = WHAT_IF_UNITS.find((u) => u === (raw.unit || "day"));
  if (!unit) errors.unit = { key: "invalid" };
  const period = WHAT_IF_PERIODS.find((p) => p === (raw.period || "13w"));
  if (!period) errors.period = { key: "invalid" };

  const number = (field: "target" | "calls" | "hours", value: string, max: number, whole: boolean) => {
    if (value === "") return null;
    const parsed = parseDecimal(value);
    if (parsed === null) errors[field] = { key: "notANumber" };
    else if (whole && !Number.isInteger(parsed)) errors[field] = { key: "wholeBetween", values: { max } };
    else if (!(parsed > 0 && parsed <= max)) {
      errors[field] = { key: whole ? "wholeBetween" : "numberBetween", values: { max } };
    } else if (field === "target" && decimalPlaces(value) > WHAT_IF_TARGET_DECIMALS) {
      errors[field] = { key: "tooManyDecimals", values: { max: WHAT_IF_TARGET_DECIMALS } };
    } else return parsed;
    return null;
  };
  const target = number("target", raw.target, MAX_TARGET, false);
  const plannedCalls = number("calls", raw.calls, MAX_CALLS, true);
  const hours = number("hours", raw.hours, 24, false);

  const valid = Object.keys(errors).length === 0;
  return {
    values: { ...raw, unit: unit ?? "day", period: period ?? "13w" },
    errors,
    question:
      valid && target !== null && unit
        ? { target, unit, plannedCalls, hoursPerRepPerDay: hours ?? DEFAULT_HOURS_PER_REP_PER_DAY }
        : null,
  };
}

/** The ratios the reverse funnel runs on, as the engine pooled them. */
export interface WhatIfRatios {
  appointmentsPerCall: KpiRatio | undefined;
  conversationsPerCall: KpiRatio | undefined;
  appointmentsPerConversation: KpiRatio | undefined;
  callsPerHour: number | null;
}

export function whatIfRatios(kpis: KpiSummary): WhatIfRatios {
  const ratio = (numeratorKey: string, denominatorKey: string) =>
    kpis.ratios.find((r) => r.numeratorKey === numeratorKey && r.denominatorKey === denominatorKey);
  return {
    appointmentsPerCall: ratio("appointments", "calls"),
    conversationsPerCall: ratio("conversations", "calls"),
    appointmentsPerConversation: ratio("appointments", "conversations"),
    callsPerHour: kpis.derived.callsPerHour,
  };
}

/**
 * What the browser needs to answer any question about the selection: the engine's counts
 * (WhatIfCounts), a few numbers whatever the size of the team, never the week records. Plain
 * numbers, so it crosses from the server page to the client component as it is.
 */
export type WhatIfBasis = WhatIfCounts;

export function whatIfBasis(
  kpis: Pick<KpiSummary, "ratios" | "derived" | "totals">,
  selection: { weeks: readonly WeekRecord[]; metrics: readonly MetricDefinition[] },
): WhatIfBasis {
  return whatIfCounts(kpis, selection);
}

/** No appointments per call to reverse: the page says why instead of asking. */
export function nothingToPlanFrom(basis: WhatIfBasis): boolean {
  return basis.appointmentsPerCall.appointments === 0;
}

export type WhatIfAnswer =
  | { kind: "plan"; result: WhatIfResult; unit: WhatIfUnit }
  | { kind: "insufficient"; reason: InsufficientDataReason };

/**
 * The reverse funnel for the question over the selection's counts; the chance counts the
 * weeks' week-to-week variation too (the same engine as GET /what-if).
 */
export function answerWhatIf(basis: WhatIfBasis, question: WhatIfQuestion): WhatIfAnswer {
  try {
    const result = whatIfOverCounts(basis, {
      appointmentsPerDay: question.target,
      plannedCallsPerDay: question.plannedCalls,
      hoursPerFtePerDay: question.hoursPerRepPerDay,
      unit: question.unit,
    });
    return { kind: "plan", result, unit: question.unit };
  } catch (error) {
    if (error instanceof InsufficientDataError) return { kind: "insufficient", reason: error.reason };
    throw error;
  }
}
