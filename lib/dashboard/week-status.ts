// Whose weekly form is missing, for the homes' "what needs doing" and the nudge on a rep's
// home. Who owes a week at all is the one rule in lib/entries/expected-weeks.ts (the weeks
// grid and reminders use it too); this file only applies it to the weeks that have ended.
import { weekStatus } from "@/lib/entries/expected-weeks";
import type { WeekRecord } from "@/lib/kpi/types";
import { addIsoWeeks } from "@/lib/weeks/iso-week";

export type WeekStatus = "filled" | "notWorked" | "missing";

export interface StatusMember {
  id: string;
  role: "owner" | "manager" | "rep";
  status: "active" | "invited" | "deactivated";
  startedOn: string;
}

/** Filled in, a week off, or nothing stored. */
export function weekStatusOf(records: readonly WeekRecord[], memberId: string, week: string): WeekStatus {
  const record = records.find((r) => r.memberId === memberId && r.week === week);
  return record ? (record.notWorked ? "notWorked" : "filled") : "missing";
}

/**
 * Whether a member owes a form for an ended week: the week counts as ended (the current week
 * is the one after it), and nothing is recorded for it.
 */
export function owesWeek(member: StatusMember, week: string, logsWeeks: boolean): boolean {
  return weekStatus({ ...member, logsWeeks }, week, addIsoWeeks(week, 1), undefined) === "missing";
}

/** The ended weeks (oldest first) each member still owes, only members who owe any. */
export function missingWeeks(
  members: readonly StatusMember[],
  records: readonly WeekRecord[],
  endedWeeks: readonly string[],
): { memberId: string; weeks: string[] }[] {
  const logs = new Set(records.map((r) => r.memberId));
  // Indexed once: looking each (member, week) up in every record was 13 million checks at 500 reps.
  const recorded = new Set(records.map((r) => `${r.memberId} ${r.week}`));
  return members
    .map((member) => ({
      memberId: member.id,
      weeks: endedWeeks.filter(
        // Most weeks are recorded: that look-up first, the rule only for the rest.
        (week) => !recorded.has(`${member.id} ${week}`) && owesWeek(member, week, logs.has(member.id)),
      ),
    }))
    .filter((entry) => entry.weeks.length > 0);
}
