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

export function worked(memberId: string, week: string, values: Record<string, number>): WeekRecord {
  return { memberId, week, notWorked: false, values };
}

export function weekOff(memberId: string, week: string, values: Record<string, number> = {}) {
  return { memberId, week, notWorked: true, values } satisfies WeekRecord;
}
