// When the weekly mailings are due, in an organization's own time zone. Pure: the clock is
// an argument. Each mailing has a window rather than a minute, so that a server that was
// down at the minute still sends it when it comes back (once: scheduled_runs keys it by
// organization, kind and week).
import { addWeeksTo, isoWeekLabel, mondayOf, todayIn } from "@/lib/weeks/calendar";

export const MAILING_KINDS = ["reminder", "digest"] as const;
export type MailingKind = (typeof MAILING_KINDS)[number];

export interface DueMailing {
  kind: MailingKind;
  /** The week the mailing is about, as its Monday and its label ("2026-W48"). */
  weekStart: string;
  period: string;
}

/** Friday from 15:00 to Sunday night: remind reps whose week is not filled in. */
export const REMINDER_FROM = { isoDay: 5, hour: 15, untilIsoDay: 7 } as const;
/** Monday from 08:00 to Tuesday night: last week's digest for managers. */
export const DIGEST_FROM = { isoDay: 1, hour: 8, untilIsoDay: 2 } as const;

function localClock(timeZone: string, now: Date) {
  const today = todayIn(timeZone, now);
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(now),
  );
  const isoDay = ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7) + 1; // Monday 1 ... Sunday 7
  return { today, hour, isoDay };
}

function inWindow(
  clock: { isoDay: number; hour: number },
  window: typeof REMINDER_FROM | typeof DIGEST_FROM,
) {
  if (clock.isoDay === window.isoDay) return clock.hour >= window.hour;
  return clock.isoDay > window.isoDay && clock.isoDay <= window.untilIsoDay;
}

export function dueMailings(timeZone: string, now: Date): DueMailing[] {
  const clock = localClock(timeZone, now);
  const thisMonday = mondayOf(clock.today);
  const due: DueMailing[] = [];
  if (inWindow(clock, REMINDER_FROM)) {
    due.push({ kind: "reminder", weekStart: thisMonday, period: isoWeekLabel(thisMonday) });
  }
  if (inWindow(clock, DIGEST_FROM)) {
    const lastMonday = addWeeksTo(thisMonday, -1);
    due.push({ kind: "digest", weekStart: lastMonday, period: isoWeekLabel(lastMonday) });
  }
  return due;
}
