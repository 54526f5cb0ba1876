// Which week a form, a URL or a spreadsheet row means. Pure: the caller passes the current
// week (computed from the clock in the organization's time zone by a page or an action).
import type { ErrorMessage } from "@/lib/errors";
import { compareIsoWeeks, isoWeekOfDate, parseIsoWeek } from "@/lib/weeks/iso-week";

export const FIRST_WEEK = "2000-W01";

export type WeekParse = { ok: true; week: string } | { ok: false; error: ErrorMessage };

/**
 * "2026-W47" as written by the export and the API, or any date in that week ("2026-11-16",
 * the Monday most spreadsheets show). Weeks after `latestWeek` have not happened yet.
 */
export function parseWeekText(text: string, latestWeek: string): WeekParse {
  const trimmed = text.trim().toUpperCase();
  let week: string;
  try {
    if (/^\d{4}-W\d{2}$/.test(trimmed)) {
      parseIsoWeek(trimmed);
      week = trimmed;
    } else {
      week = isoWeekOfDate(trimmed);
      // A date of year 0 or before has no week label the rest can read (found by fuzzing).
      parseIsoWeek(week);
    }
  } catch {
    return { ok: false, error: { key: "invalidIsoWeek" } };
  }
  if (compareIsoWeeks(week, FIRST_WEEK) < 0) return { ok: false, error: { key: "weekOutOfRange" } };
  if (compareIsoWeeks(week, latestWeek) > 0) return { ok: false, error: { key: "futureWeek" } };
  return { ok: true, week };
}
