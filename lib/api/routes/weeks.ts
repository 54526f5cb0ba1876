import "server-only";
import { z } from "zod";
import { listMemberWeeks, upsertWeek } from "@/lib/entries/data/weeks";
import { AppError, ConflictError, type ErrorMessage, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, compareIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { defineRoute } from "../define-route";
import { nextCursorSchema, page, pageQuery } from "../paging";
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

/** A conditional PUT whose If-Match no longer names the stored version. */
class PreconditionFailedError extends AppError {
  readonly code = "conflict";
  readonly status = 412;
  constructor(readonly reason: ErrorMessage) {
    super(`Precondition failed: ${reason.key}`);
  }
}

/** `"3"` → 3: the entity tag of a week is its version; "0" means "no week stored yet". */
const ifMatchSchema = z
  .string()
  .regex(/^"\d{1,9}"$/, { error: "ifMatchFormat" })
  .transform((tag) => Number(tag.slice(1, -1)))
  .optional()
  .meta({
    description:
      'The version the change starts from, as the ETag gave it (e.g. "3"; "0" when no week is stored yet). Another stored version answers 412 and stores nothing; a repeat of the stored week is not a conflict.',
  });

/** The contract allows weeks from 2000-W01 up to next week, in the organization's time zone. */
function nextWeekOf(timeZone: string): string {
  return addIsoWeeks(currentWeekOf(timeZone).week, 1);
}

export const putWeek = defineRoute({
  method: "PUT",
  path: "/members/{memberId}/weeks/{isoWeek}",
  summary: "Record one member's week (idempotent: the same body twice stores one week)",
  permission: "entries.write.any",
  params: z.object({ memberId: z.string(), isoWeek: isoWeekSchema }),
  headers: z.object({ "If-Match": ifMatchSchema }),
  body: z.object({
    metrics: z.record(z.string(), z.number({ error: "notANumber" })).default({}),
    notWorked: z.boolean({ error: "invalid" }).default(false),
    confirmLargeValues: z
      .boolean({ error: "invalid" })
      .default(false)
      .meta({ description: "Accept values above the sanity bounds (e.g. more than 10,000 calls in a week)" }),
  }),
  response: storedWeekSchema,
  extraResponses: { "412": "If-Match named another version than the stored one; nothing was stored" },
  responseHeaders: {
    described: { ETag: 'The stored version in quotes, for If-Match (e.g. "4")' },
    from: (week: { version: number }) => ({ ETag: `"${week.version}"` }),
  },
  handler: async ({ ctx, params, body, headers }) => {
    const memberId = memberIdOrNotFound(params.memberId);
    const nextWeek = nextWeekOf(ctx.org.timeZone);
    if (compareIsoWeeks(params.isoWeek, nextWeek) > 0) {
      throw new ValidationError({ isoWeek: { key: "weekOutOfRange" } });
    }
    const expectedVersion = headers["If-Match"] as number | undefined;
    const stored = await upsertWeek(ctx, {
      memberId,
      weekStart: mondayDateOfIsoWeek(params.isoWeek),
      values: body.metrics,
      notWorked: body.notWorked,
      confirmedLargeValues: body.confirmLargeValues,
      notAfter: mondayDateOfIsoWeek(nextWeek),
      expectedVersion,
    }).catch((error: unknown) => {
      if (expectedVersion !== undefined && error instanceof ConflictError) {
        throw new PreconditionFailedError({ key: "weekVersionMismatch" });
      }
      throw error;
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
  summary: "One member's recorded weeks in a range (default: all of them), oldest first",
  permission: "entries.read.any",
  params: z.object({ memberId: z.string() }),
  query: z.object({ from: isoWeekSchema.optional(), to: isoWeekSchema.optional(), ...pageQuery }),
  response: z.object({ weeks: z.array(storedWeekSchema), nextCursor: nextCursorSchema }),
  handler: async ({ ctx, params, query }) => {
    const memberId = memberIdOrNotFound(params.memberId);
    const from = query.from ?? "2000-W01";
    const to = query.to ?? nextWeekOf(ctx.org.timeZone);
    if (compareIsoWeeks(from, to) > 0) throw new ValidationError({ to: { key: "rangeBackwards" } });
    const weeks = await listMemberWeeks(ctx, memberId, mondayDateOfIsoWeek(from), mondayDateOfIsoWeek(to));
    const listed = page(weeks, (w) => [w.week], query);
    return { weeks: listed.items, nextCursor: listed.nextCursor };
  },
});
