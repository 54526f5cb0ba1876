// Activity events as other systems send them (POST /api/v1/activity): each one is checked on
// its own, so one bad event never refuses the batch. Pure: the funnel, the members and the
// organization's calendar come in as arguments.
import { z } from "zod";
import type { ErrorMessage } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { MetricDefinition } from "@/lib/kpi/types";
import { todayIn } from "@/lib/weeks/calendar";
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

export const MAX_EVENTS_PER_BATCH = 1000;
const MAX_DURATION_SECONDS = 24 * 60 * 60;
const FIRST_MONDAY = "2000-01-03"; // 2000-W01, the contract's first week

export const activityEventSchema = z.object({
  id: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(200, { error: "tooLong" })
    .meta({ description: "The sender's unique id of the event; the same id twice counts once" }),
  member: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .meta({ description: "A member id, or the member's e-mail address" }),
  at: z.iso
    .datetime({ offset: true, error: "invalidTimestamp" })
    .meta({ description: "When it happened (ISO 8601 with Z or an offset); it counts in that week" }),
  metric: z.string({ error: "required" }).meta({ description: "A funnel key, e.g. calls" }),
  count: z.number({ error: "notANumber" }).min(0, { error: "notNegative" }).default(1),
  durationSeconds: z
    .number({ error: "notANumber" })
    .min(0, { error: "notNegative" })
    .max(MAX_DURATION_SECONDS, { error: "durationTooLong" })
    .default(0)
    .meta({ description: "Talk time; adds to talkMinutes" }),
});

export type ActivityEventInput = z.infer<typeof activityEventSchema>;

export interface ResolvedEvent {
  eventId: string;
  memberId: string;
  weekStart: string;
  week: string;
  metricKey: string;
  count: number;
  durationSeconds: number;
  occurredAt: Date;
}

export interface EventContext {
  funnel: readonly MetricDefinition[];
  /** Every member of the organization, by id and by lower-case e-mail. */
  members: readonly { id: string; email: string }[];
  timeZone: string;
  /** The latest Monday events may count in. */
  notAfter: string;
  /** Weeks (member id + Monday) that their member marked as not worked. */
  notWorked: ReadonlySet<string>;
}

export const weekKey = (memberId: string, weekStart: string) => `${memberId}/${weekStart}`;

export type Resolution =
  | { ok: true; event: ResolvedEvent }
  | { ok: false; errors: Record<string, ErrorMessage> };

/** The member, week and metric an event counts for, or why it cannot count. */
export function resolveEvent(raw: unknown, context: EventContext): Resolution {
  const parsed = activityEventSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, ErrorMessage> = {};
    for (const issue of parsed.error.issues) {
      errors[issue.path.join(".") || "event"] ??= {
        key: /^[a-z]\w+$/.test(issue.message) ? issue.message : "invalid",
      };
    }
    return { ok: false, errors };
  }
  const event = parsed.data;
  const errors: Record<string, ErrorMessage> = {};
  const wanted = event.member.toLowerCase();
  const member = context.members.find((m) => (isUuid(wanted) ? m.id === wanted : m.email === wanted));
  if (!member) errors.member = { key: "unknownActivityMember" };
  const metric = context.funnel.find((m) => m.key === event.metric && !m.retired);
  if (!metric) errors.metric = { key: "unknownMetric" };
  else if (metric.kind !== "time" && !Number.isInteger(event.count)) errors.count = { key: "wholeNumber" };
  const talk = context.funnel.find((m) => m.key === "talkMinutes" && !m.retired);
  if (event.durationSeconds > 0 && !talk) errors.durationSeconds = { key: "noTalkMetric" };
  const occurredAt = new Date(event.at);
  const week = isoWeekOfDate(todayIn(context.timeZone, occurredAt));
  const weekStart = mondayDateOfIsoWeek(week);
  if (weekStart < FIRST_MONDAY || weekStart > context.notAfter) errors.at = { key: "weekOutOfRange" };
  else if (member && context.notWorked.has(weekKey(member.id, weekStart)))
    errors.at = { key: "weekNotWorked" };
  if (Object.keys(errors).length > 0 || !member || !metric) return { ok: false, errors };
  return {
    ok: true,
    event: {
      eventId: event.id,
      memberId: member.id,
      weekStart,
      week,
      metricKey: metric.key,
      count: event.count,
      durationSeconds: event.durationSeconds,
      occurredAt,
    },
  };
}
