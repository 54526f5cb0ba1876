// The organization's current week, read from the clock by pages and actions only (the
// rules themselves stay pure and receive it).
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/kpi/iso-week";
import { todayIn } from "@/lib/weeks/calendar";

export function currentWeekOf(timeZone: string, now: Date = new Date()) {
  const week = isoWeekOfDate(todayIn(timeZone, now));
  return { week, weekStart: mondayDateOfIsoWeek(week) };
}
