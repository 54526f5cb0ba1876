// The one set of rules for a rep's week, shared by the form (server and browser), the REST
// API and the CSV import. Pure: no database, no clock, no translations. Errors are message
// keys of the "errors" catalogue, keyed by the request path ("metrics.calls", "notWorked"),
// which is also the form input's name.
import type { ErrorMessage } from "@/lib/errors";
import type { MetricDefinition } from "@/lib/kpi/types";
import { dict } from "@/lib/kpi/user-keys";

export type RawValue = string | number | null | undefined;

export interface WeekInput {
  metrics: readonly MetricDefinition[];
  /** Metric key -> a number (API, CSV) or the text typed in a form ("7,5" parses as 7.5). */
  values: Readonly<Record<string, RawValue>>;
  notWorked: boolean;
  /** The person confirmed numbers above the usual range (e.g. 10,000 calls in one week). */
  confirmedLargeValues: boolean;
}

export type WeekValidation =
  | { ok: true; values: Record<string, number>; notWorked: boolean }
  | { ok: false; errors: Record<string, ErrorMessage>; needsConfirmation: boolean };

export const metricField = (key: string) => `metrics.${key}`;

/** Counts are whole funnel events; time is hours, or minutes for keys ending in "Minutes". */
export type MetricUnit = "count" | "hours" | "minutes";

export function unitOf(metric: Pick<MetricDefinition, "key" | "kind">): MetricUnit {
  if (metric.kind !== "time") return "count";
  return /Minutes$/.test(metric.key) ? "minutes" : "hours";
}

/**
 * `confirmAbove`: more than this in one week is possible but usually a typo, so it needs an
 * explicit confirmation. `max`: impossible (a week has 168 hours) or surely not one rep's week.
 */
export const LIMITS: Record<MetricUnit, { confirmAbove: number; max: number; decimals: number }> = {
  count: { confirmAbove: 2_000, max: 100_000, decimals: 0 },
  hours: { confirmAbove: 60, max: 168, decimals: 2 },
  minutes: { confirmAbove: 3_600, max: 10_080, decimals: 2 },
};

const NUMBER_TEXT = /^(\d+)(?:[.,](\d+))?$/;

type Parsed = { ok: true; value: number } | { ok: false; error: ErrorMessage } | { ok: true; value: null };

/** Digits after the point, exponent notation included (1e-7 has 7, String() alone says 0). */
function decimalsOf(value: number): number {
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

/** Reads one value: blank is "not logged"; a decimal comma is as good as a decimal point. */
export function parseMetricValue(raw: RawValue, unit: MetricUnit): Parsed {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  let value: number;
  let decimals = 0;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, error: { key: "notANumber" } };
    value = raw;
    decimals = decimalsOf(raw);
  } else {
    const text = raw.trim();
    if (text === "") return { ok: true, value: null };
    if (/^-\s*\d/.test(text)) return { ok: false, error: { key: "notNegative" } };
    const match = NUMBER_TEXT.exec(text);
    if (!match) return { ok: false, error: { key: "notANumber" } };
    decimals = (match[2] ?? "").replace(/0+$/, "").length;
    value = Number(`${match[1]}.${match[2] ?? "0"}`);
  }
  const limits = LIMITS[unit];
  if (value < 0) return { ok: false, error: { key: "notNegative" } };
  if (unit === "count" && !Number.isInteger(value)) return { ok: false, error: { key: "wholeNumber" } };
  if (decimals > limits.decimals) {
    return { ok: false, error: { key: "tooManyDecimals", values: { max: limits.decimals } } };
  }
  if (value > limits.max) return { ok: false, error: { key: "valueTooLarge", values: { max: limits.max } } };
  return { ok: true, value };
}

export function validateWeek(input: WeekInput): WeekValidation {
  const errors: Record<string, ErrorMessage> = {};
  const byKey = new Map(input.metrics.map((m) => [m.key, m]));
  const values = dict<number>();
  let needsConfirmation = false;

  for (const key of Object.keys(input.values)) {
    const metric = byKey.get(key);
    if (!metric) {
      errors[metricField(key)] = { key: "unknownMetric" };
      continue;
    }
    const parsed = parseMetricValue(input.values[key], unitOf(metric));
    if (!parsed.ok) errors[metricField(key)] = parsed.error;
    else if (parsed.value !== null) values[key] = parsed.value;
  }

  if (input.notWorked) {
    if (Object.keys(values).length > 0) errors.notWorked = { key: "notWorkedWithNumbers" };
    return Object.keys(errors).length > 0
      ? { ok: false, errors, needsConfirmation: false }
      : { ok: true, values: {}, notWorked: true };
  }

  for (const metric of input.metrics) {
    const value = values[metric.key];
    if (value === undefined) continue;
    const field = metricField(metric.key);
    const previous = metric.kind === "stage" && metric.of !== null ? values[metric.of] : undefined;
    if (previous !== undefined && value > previous) {
      errors[field] ??= { key: "stageExceedsPrevious", values: { max: previous } };
    }
    if (metric.kind === "stage") {
      const outcomes = input.metrics.filter((m) => m.kind === "outcome" && m.of === metric.key);
      const sum = outcomes.reduce((total, m) => total + (values[m.key] ?? 0), 0);
      if (sum > value) errors[field] ??= { key: "outcomesExceedStage", values: { sum, max: value } };
    }
    const { confirmAbove } = LIMITS[unitOf(metric)];
    if (value > confirmAbove && !input.confirmedLargeValues) {
      needsConfirmation = true;
      errors[field] ??= { key: "confirmLargeValue", values: { max: confirmAbove } };
    }
  }

  if (Object.keys(values).length === 0 && Object.keys(errors).length === 0) {
    const first = input.metrics.find((m) => !m.retired) ?? input.metrics[0];
    errors[first ? metricField(first.key) : "notWorked"] = { key: "emptyWeek" };
  }

  return Object.keys(errors).length > 0
    ? { ok: false, errors, needsConfirmation }
    : // A plain copy to hand on: drizzle and React refuse objects without a prototype.
      { ok: true, values: { ...values }, notWorked: false };
}

/** Same values, same week: saving it again changes nothing (idempotent saves). */
export function sameWeek(
  a: { values: Record<string, number>; notWorked: boolean },
  b: { values: Record<string, number>; notWorked: boolean },
): boolean {
  if (a.notWorked !== b.notWorked) return false;
  const keysA = Object.keys(a.values);
  if (keysA.length !== Object.keys(b.values).length) return false;
  return keysA.every((key) => Object.hasOwn(b.values, key) && b.values[key] === a.values[key]);
}
