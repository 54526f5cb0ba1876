import "server-only";
// The selection behind /kpis and /what-if: a range of ISO weeks (default: the 13 complete
// weeks ending last week, in the organization's time zone) and optionally one member.
import { z } from "zod";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, compareIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { isoWeekSchema } from "./schemas";

export const selectionQuery = {
  from: isoWeekSchema.optional(),
  to: isoWeekSchema.optional(),
  member: z.string().optional().meta({ description: "A member id; without it, the whole organization" }),
};

export interface Selection {
  from?: string;
  to?: string;
  member?: string;
}

/** The ISO week holding today in the organization's time zone. */
export function currentIsoWeek(ctx: OrgContext, now = new Date()): string {
  return currentWeekOf(ctx.org.timeZone, now).week;
}

/** The selection's weeks and funnel, checked: a range that runs forward, a member of this organization. */
export async function resolveSelection(ctx: OrgContext, query: Selection, now = new Date()) {
  const thisWeek = currentIsoWeek(ctx, now);
  const nextWeek = addIsoWeeks(thisWeek, 1);
  const to = query.to ?? addIsoWeeks(thisWeek, -1);
  const from = query.from ?? addIsoWeeks(to, -12);
  const fields: ConstructorParameters<typeof ValidationError>[0] = {};
  if (compareIsoWeeks(from, nextWeek) > 0) fields.from = { key: "weekOutOfRange" };
  if (compareIsoWeeks(to, nextWeek) > 0) fields.to = { key: "weekOutOfRange" };
  if (!fields.from && !fields.to && compareIsoWeeks(from, to) > 0) fields.to = { key: "rangeBackwards" };
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);

  const setup = await loadKpiSetup(ctx);
  // Malformed, missing and foreign member ids are all simply "not found".
  if (query.member && !setup.members.some((m) => m.id === query.member)) {
    throw new NotFoundError("member");
  }
  return { from, to, setup };
}

/** The selection and its (member, week) records. */
export async function loadSelection(ctx: OrgContext, query: Selection, now = new Date()) {
  const { from, to, setup } = await resolveSelection(ctx, query, now);
  const weeks = await loadWeekRecords(ctx, {
    fromWeekStart: mondayDateOfIsoWeek(from),
    toWeekStart: mondayDateOfIsoWeek(to),
    memberId: query.member,
  });
  return { from, to, setup, weeks };
}
