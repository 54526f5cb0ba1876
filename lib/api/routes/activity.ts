import "server-only";
// POST /activity: dialers and CRMs send what happened; each event is checked on its own and
// the answer lists which were accepted (duplicates included, counted once) and which not.
import { z } from "zod";
import { ingestActivity } from "@/lib/activity/data/activity";
import { activityEventSchema, MAX_EVENTS_PER_BATCH } from "@/lib/activity/events";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { defineRoute, englishMessage } from "../define-route";

// Events are validated one by one (a bad one must not refuse the batch), so the body takes
// any item; the document still describes the event the API expects.
const { $schema: _dialect, ...eventDocumentation } = z.toJSONSchema(activityEventSchema, { io: "input" });
const anyEvent = z.unknown().meta(eventDocumentation as Record<string, unknown>);

export const postActivity = defineRoute({
  method: "POST",
  path: "/activity",
  summary:
    "Send activity events (up to 1,000): each adds to its member's ISO week in the organization's time zone; the same event id counts once",
  permission: "entries.write.any",
  // 1,000 events of a few hundred bytes each: more than the default cap of a single week.
  maxBodyBytes: 1024 * 1024,
  body: z.object({
    events: z
      .array(anyEvent)
      .min(1, { error: "required" })
      .max(MAX_EVENTS_PER_BATCH, { error: "tooManyEvents" }),
  }),
  response: z.object({
    accepted: z.array(
      z.object({
        index: z.number().int().meta({ description: "Position in the batch, from 0" }),
        id: z.string(),
        memberId: z.uuid(),
        week: z.string(),
        metric: z.string(),
        duplicate: z
          .boolean()
          .meta({ description: "Already received (in this or an earlier batch): counted once" }),
      }),
    ),
    rejected: z.array(
      z.object({
        index: z.number().int(),
        id: z.string().nullable(),
        errors: z.record(z.string(), z.string()),
      }),
    ),
  }),
  handler: async ({ ctx, body }) => {
    // Events may count up to next week, like a PUT (clocks and time zones differ a little).
    const nextWeek = addIsoWeeks(currentWeekOf(ctx.org.timeZone).week, 1);
    const outcome = await ingestActivity(ctx, body.events, mondayDateOfIsoWeek(nextWeek));
    return {
      accepted: outcome.accepted,
      rejected: outcome.rejected.map((r) => ({
        ...r,
        errors: Object.fromEntries(Object.entries(r.errors).map(([field, m]) => [field, englishMessage(m)])),
      })),
    };
  },
});
