// Whose week is "missing". Only a person who sells owes a week: a rep, or anyone else who logs
// weeks. The owner who never logs anything is not a seller and is never reminded; an invited
// person has not joined yet; nobody owes a week before their start; and the current week is
// still open until it ends.
import { compareIsoWeeks, isoWeekOfDate } from "@/lib/weeks/iso-week";

export type WeekStatus = "filled" | "notWorked" | "missing" | "open" | "notExpected";

export interface WeekOwer {
  role: "owner" | "manager" | "rep";
  status: "active" | "invited" | "deactivated";
  /** "YYYY-MM-DD". */
  startedOn: string;
  /** Has logged at least one week, ever (a manager who sells too). */
  logsWeeks: boolean;
}

/** Sells: a rep, or anyone who logs weeks. */
export function sells(person: Pick<WeekOwer, "role" | "logsWeeks">): boolean {
  return person.role === "rep" || person.logsWeeks;
}

/**
 * The status of one person's week: what they recorded, else whether it is missing. `recorded`
 * is the week's record (filled or a week off), undefined without one.
 */
export function weekStatus(
  person: WeekOwer,
  week: string,
  currentWeek: string,
  recorded: "filled" | "notWorked" | undefined,
): WeekStatus {
  if (recorded) return recorded;
  if (person.status !== "active" || !sells(person)) return "notExpected";
  if (compareIsoWeeks(week, isoWeekOfDate(person.startedOn)) < 0) return "notExpected";
  if (compareIsoWeeks(week, currentWeek) >= 0) return "open";
  return "missing";
}
