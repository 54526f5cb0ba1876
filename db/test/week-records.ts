// Builders of weeks for the KPI engine's tests (test support, not part of the engine).
import type { WeekRecord } from "@/lib/kpi/types";

/** The seed article's week of three trainees: "9 op 38 op 106". */
export const SEED_WEEK_VALUES = {
  calls: 106,
  conversations: 38,
  appointments: 9,
  shortCallbacks: 16,
  longCallbacks: 3,
} as const;

/** The seed week as the REST API's PUT .../weeks/{isoWeek} takes it, with 30 hours worked. */
export const SEED_WEEK_BODY = {
  metrics: { ...SEED_WEEK_VALUES, hours: 30 },
  notWorked: false,
};

/** How a ratio that no week recorded reads, in the engine and over the API: 0 / 0, no value, never enough data. */
export const UNRECORDED_RATIO = {
  numerator: 0,
  denominator: 0,
  weeks: 0,
  value: null,
  ci95: null,
  enoughData: false,
} as const;

export function worked(memberId: string, week: string, values: Record<string, number>): WeekRecord {
  return { memberId, week, notWorked: false, values };
}

export function weekOff(memberId: string, week: string, values: Record<string, number> = {}) {
  return { memberId, week, notWorked: true, values } satisfies WeekRecord;
}
