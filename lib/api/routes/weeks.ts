import "server-only";
import { z } from "zod";
import { listMemberWeeks, upsertWeek } from "@/lib/data/weeks";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { addIsoWeeks, compareIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/kpi/iso-week";
import { todayIn } from "@/lib/weeks/calendar";
import { defineRoute } from "../define-route";
import { isoWeekSchema } from "../schemas";

const storedWeekSchema = z.object({
  memberId: z.uuid(),
  week: z.string(),
  metrics: z.record(z.string(), z.number()),
  notWorked: z.boolean(),
  version: z.number().int(),
});

/** A malformed member id is a member that does not exist. */
function memberIdOrNotFound(memberId: string): string {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  return memberId;
}

/** The contract allows weeks from 2000-W01 up to next week, in the organization's time zone. */
function nextWeekOf(timeZone: string): string {
  return addIsoWeeks(isoWeekOfDate(todayIn(timeZone, new Date())), 1);
}

export const putWeek = defineRoute({
  method: "PUT",
  path: "/members/{memberId}/weeks/{isoWeek}",
  summary: "Record one member's week (idempotent: the same body twice stores one week)",
  permission: "entries.write.any",
  params: z.object({ memberId: z.string(), isoWeek: isoWeekSchema }),
  body: z.object({
    metrics: z.record(z.string(), z.number({ error: "notANumber" })).default({}),
    notWorked: z.boolean({ error: "invalid" }).default(false),
    confirmLargeValues: z
      .boolean({ error: "invalid" })
      .default(false)
      .meta({ description: "Accept values above the sanity bounds (e.g. more than 10,000 calls in a week)" }),
  }),
  response: storedWeekSchema,
  handler: async ({ ctx, params, body }) => {
    const memberId = memberIdOrNotFound(params.memberId);
    const nextWeek = nextWeekOf(ctx.org.timeZone);
    if (compareIsoWeeks(params.isoWeek, nextWeek) > 0) {
      throw new ValidationError({ isoWeek: { key: "weekOutOfRange" } });
    }
    const stored = await upsertWeek(ctx, {
      memberId,
      weekStart: mondayDateOfIsoWeek(params.isoWeek),
      values: body.metrics,
      notWorked: body.notWorked,
      confirmedLargeValues: body.confirmLargeValues,
      notAfter: mondayDateOfIsoWeek(nextWeek),
    });
    return {
      memberId: stored.memberId,
      week: stored.week,
      metrics: stored.values,
      notWorked: stored.notWorked,
      version: stored.version,
    };
  },
});

export const listWeeks = defineRoute({
  method: "GET",
  path: "/members/{memberId}/weeks",
  summary: "One member's recorded weeks in a range (default: all of them)",
  permission: "entries.read.any",
  params: z.object({ memberId: z.string() }),
  query: z.object({ from: isoWeekSchema.optional(), to: isoWeekSchema.optional() }),
  response: z.object({ weeks: z.array(storedWeekSchema) }),
  handler: async ({ ctx, params, query }) => {
    const memberId = memberIdOrNotFound(params.memberId);
    const from = query.from ?? "2000-W01";
    const to = query.to ?? nextWeekOf(ctx.org.timeZone);
    if (compareIsoWeeks(from, to) > 0) throw new ValidationError({ to: { key: "rangeBackwards" } });
    const weeks = await listMemberWeeks(ctx, memberId, mondayDateOfIsoWeek(from), mondayDateOfIsoWeek(to));
    return { weeks };
  },
});
