// Calendar dates as "YYYY-MM-DD" strings and weeks as their Monday. Pure: the caller
// passes "now", so tests and the KPI engine never read the clock.
import { addDays, formatISO, getISOWeek, getISOWeekYear, parseISO } from "date-fns";

/** The calendar date it is now in a time zone (e.g. Europe/Brussels). */
export function todayIn(timeZone: string, now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The Monday of the ISO week containing a date. */
export function mondayOf(date: string): string {
  const d = parseISO(date);
  const isoDayIndex = (d.getDay() + 6) % 7; // Monday 0 ... Sunday 6
  return formatISO(addDays(d, -isoDayIndex), { representation: "date" });
}

export function addWeeksTo(monday: string, weeks: number): string {
  return formatISO(addDays(parseISO(monday), weeks * 7), { representation: "date" });
}

/** The ISO week of a date, e.g. { year: 2026, week: 53 } for 2027-01-01. */
export function isoWeekOf(date: string): { year: number; week: number } {
  const d = parseISO(date);
  return { year: getISOWeekYear(d), week: getISOWeek(d) };
}

/** "2026-W47" for any date in that week. */
export function isoWeekLabel(date: string): string {
  const { year, week } = isoWeekOf(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** A calendar date as an instant at midday UTC, which is the same date in every European zone. */
export function dateForDisplay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
