// The weekly form page's shaping, so the page only loads and renders: whose week it is, the
// form's fields, the links to other weeks, the recent weeks' statuses and the people to pick.
// Pure: the caller passes the current week.

import type { MetricKind } from "@/lib/kpi/types";
import { own } from "@/lib/kpi/user-keys";
import { addIsoWeeks, compareIsoWeeks, listIsoWeeks } from "@/lib/weeks/iso-week";
import { unitOf } from "./validate-week";

/** How many weeks, up to the current one, the "recent weeks" table lists. */
export const RECENT_WEEKS = 8;

/** The first week of the recent weeks table: it ends with the current week. */
export function firstRecentWeek(currentWeek: string): string {
  return addIsoWeeks(currentWeek, -(RECENT_WEEKS - 1));
}

/** Whose week the page shows: another member's only for someone who may write anyone's. */
export function chosenMemberId(mayWriteAny: boolean, requested: unknown, ownMemberId: string): string {
  return mayWriteAny && typeof requested === "string" && requested ? requested : ownMemberId;
}

export interface FunnelMetric {
  key: string;
  label: string | null;
  kind: MetricKind;
  retiredAt: unknown;
}

export interface StoredWeek {
  values: Record<string, number>;
}

export interface WeekFormData {
  entry: StoredWeek | null;
  previous: Partial<StoredWeek> | null;
  sources: {
    counted: Record<string, number>;
    correctedAt: Record<string, string>;
    eventsAfterCorrection: Record<string, number>;
  };
}

/**
 * The form's fields, in funnel order: every current metric, and a retired one only where this
 * week already holds a value for it (so it can still be seen and cleared).
 */
export function weekFields<M extends FunnelMetric>(
  funnel: readonly M[],
  form: WeekFormData,
  labelOf: (metric: M) => string,
) {
  const values = form.entry?.values ?? {};
  return funnel
    .filter((m) => !m.retiredAt || own(values, m.key) !== undefined)
    .map((m) => ({
      key: m.key,
      label: labelOf(m),
      unit: unitOf(m),
      retired: m.retiredAt !== null,
      value: own(values, m.key) ?? null,
      previous: own(form.previous?.values, m.key) ?? null,
      counted: form.sources.counted[m.key] ?? null,
      corrected: form.sources.correctedAt[m.key] !== undefined,
      eventsAfterCorrection: form.sources.eventsAfterCorrection[m.key] ?? 0,
    }));
}

/** A link to another week of the member shown; one's own weeks need no member in the URL. */
export function weekHref(orgSlug: string, memberId: string, ownWeek: boolean, week: string): string {
  return `/o/${orgSlug}/week?week=${week}${ownWeek ? "" : `&member=${encodeURIComponent(memberId)}`}`;
}

export interface WeekNavigation {
  previous: string;
  /** The next week and the current one; null on the current week (no future weeks). */
  later: { next: string; current: string } | null;
}

/** Where the week's navigation leads: always back, forward only up to the current week. */
export function weekNavigation(week: string, currentWeek: string): WeekNavigation {
  return {
    previous: addIsoWeeks(week, -1),
    later:
      compareIsoWeeks(week, currentWeek) < 0 ? { next: addIsoWeeks(week, 1), current: currentWeek } : null,
  };
}

export type RecentStatus = "filled" | "notWorked" | "missing";

/** The recent weeks, newest first, each filled in, marked not worked, or missing. */
export function recentWeeks(
  firstRecent: string,
  currentWeek: string,
  stored: readonly { week: string; notWorked: boolean }[],
): { week: string; status: RecentStatus }[] {
  const byWeek = new Map(stored.map((entry) => [entry.week, entry]));
  return listIsoWeeks(firstRecent, currentWeek)
    .reverse()
    .map((week) => {
      const entry = byWeek.get(week);
      return { week, status: entry ? (entry.notWorked ? "notWorked" : "filled") : "missing" };
    });
}

/** The people a manager can pick: no deactivated member, unless it is the one shown. */
export function pickableMembers(
  people: readonly { id: string; name: string; status: string }[],
  memberId: string,
): { id: string; name: string }[] {
  return people
    .filter((p) => p.status !== "deactivated" || p.id === memberId)
    .map((p) => ({ id: p.id, name: p.name }));
}

export interface WeekPageInput<M extends FunnelMetric> {
  orgSlug: string;
  /** The member whose week is shown, and whether that is the viewer. */
  memberId: string;
  ownWeek: boolean;
  week: string;
  currentWeek: string;
  funnel: readonly M[];
  form: WeekFormData;
  labelOf: (metric: M) => string;
  /** The member's stored weeks from firstRecentWeek(currentWeek) on. */
  recent: readonly { week: string; notWorked: boolean }[];
  /** Everyone, for someone who may pick another member; else empty. */
  people: readonly { id: string; name: string; status: string }[];
}

/** Everything the week page shows beside its forms, with its links already made. */
export function weekPageView<M extends FunnelMetric>(input: WeekPageInput<M>) {
  const { week, currentWeek } = input;
  const href = (target: string) => weekHref(input.orgSlug, input.memberId, input.ownWeek, target);
  const nav = weekNavigation(week, currentWeek);
  return {
    fields: weekFields(input.funnel, input.form, input.labelOf),
    previousHref: href(nav.previous),
    later: nav.later && { nextHref: href(nav.later.next), currentHref: href(nav.later.current) },
    recent: recentWeeks(firstRecentWeek(currentWeek), currentWeek, input.recent).map((row) => ({
      ...row,
      href: href(row.week),
      shown: row.week === week,
    })),
    pickable: pickableMembers(input.people, input.memberId),
  };
}
