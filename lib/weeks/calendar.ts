// The calendar: dates as "YYYY-MM-DD" strings, weeks as their Monday, the organization's
// today and current week. The ISO-week arithmetic (iso-week.ts) is pure, for the KPI engine too.
// Pure: the caller passes "now"; only currentWeekOf defaults to the clock, for pages,
// routes and actions.
import { isoWeekOfDate, mondayDateOfIsoWeek } from "./iso-week";

/** One formatter per time zone: making one costs more than a page's other date work together. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date it is now in a time zone (e.g. Europe/Brussels). */
export function todayIn(timeZone: string, now: Date): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/**
 * The organization's current ISO week and its Monday: the one place pages, routes and
 * actions read the week from the clock (the rules themselves stay pure and receive it).
 */
export function currentWeekOf(timeZone: string, now: Date = new Date()) {
  const week = isoWeekOfDate(todayIn(timeZone, now));
  return { week, weekStart: mondayDateOfIsoWeek(week) };
}

/**
 * A calendar date moved by whole days. Computed in UTC, where every day has 24 hours, so no
 * daylight-saving change can shift the result by a day.
 */
export function addDaysTo(date: string, days: number): string {
  const midnight = new Date(`${date}T00:00:00Z`);
  midnight.setUTCDate(midnight.getUTCDate() + days);
  return midnight.toISOString().slice(0, 10);
}

/** The Monday of the ISO week containing a date. */
export function mondayOf(date: string): string {
  const isoDayIndex = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  return addDaysTo(date, -isoDayIndex);
}

export function addWeeksTo(monday: string, weeks: number): string {
  return addDaysTo(monday, weeks * 7);
}

/** "2026-W47" for any date in that week (the engine's pure implementation). */
export const isoWeekLabel = isoWeekOfDate;

/** A calendar date as an instant at midday UTC, which is the same date in every European zone. */
export function dateForDisplay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
