// The what-if page's question and answer, pure: the question comes from the URL (a GET form,
// so a plan can be bookmarked and shared), the answer from the KPI engine's reverse funnel
// over the pooled counts of the chosen weeks. Per day or per week: the engine works per
// "period", so a weekly target is simply a target per five-day period.
import type { ErrorMessage } from "@/lib/errors";
import { parseDecimal } from "@/lib/forms/decimal";
import type { KpiRatio, KpiSummary } from "@/lib/kpi/kpis";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import {
  InsufficientDataError,
  type InsufficientDataReason,
  type WhatIfResult,
  whatIfOverKpis,
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

type SearchValue = string | string[] | undefined;
const text = (value: SearchValue) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

/** Reads the question from the URL; a bad field is an error next to it, never a silent default. */
export function readWhatIfForm(params: Record<string, SearchValue>): WhatIfForm {
  const raw = {
    target: text(params.target),
    unit: text(params.unit),
    calls: text(params.calls),
    hours: text(params.hours),
    period: text(params.period),
    member: text(params.member),
  };
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

export type WhatIfAnswer =
  | { kind: "plan"; result: WhatIfResult; unit: WhatIfUnit }
  | { kind: "insufficient"; reason: InsufficientDataReason };

/**
 * The reverse funnel for the question over the pooled counts; with the selection's weeks the
 * chance counts their week-to-week variation too (the same engine call as GET /what-if).
 */
export function answerWhatIf(
  kpis: KpiSummary,
  question: WhatIfQuestion,
  selection?: { weeks: readonly WeekRecord[]; metrics: readonly MetricDefinition[] },
): WhatIfAnswer {
  try {
    const result = whatIfOverKpis(
      kpis,
      {
        appointmentsPerDay: question.target,
        plannedCallsPerDay: question.plannedCalls,
        hoursPerFtePerDay: question.hoursPerRepPerDay,
        unit: question.unit,
      },
      selection,
    );
    return { kind: "plan", result, unit: question.unit };
  } catch (error) {
    if (error instanceof InsufficientDataError) return { kind: "insufficient", reason: error.reason };
    throw error;
  }
}
