import "server-only";
// The week form's actions, as definitions the tests can run (lib/entries/actions.ts wraps
// them with orgAction).
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { deleteWeek, findMemberForReminder, recordReminder, upsertWeek } from "@/lib/entries/data/weeks";
import { ConflictError, ValidationError } from "@/lib/errors";
import { queueMail } from "@/lib/jobs/data/mail-outbox";
import { appUrl, smtpConfigured } from "@/lib/mail/send-mail";
import { hitRateLimit } from "@/lib/security/data/rate-limit";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { weekStatus } from "./expected-weeks";
import { checkbox, metricValuesOf } from "./form-input";
import { weekReminderMail } from "./reminder-mail";
import { parseWeekText } from "./week-text";

const saveWeekSchema = z.looseObject({
  memberId: z.string().min(1, { error: "required" }),
  week: z.string().min(1, { error: "required" }),
  version: z.coerce.number().int().min(0).default(0),
  notWorked: checkbox,
  confirmedLargeValues: checkbox,
  confirmedBeforeStart: checkbox,
});

function weekStartOf(text: string, timeZone: string) {
  const parsed = parseWeekText(text, currentWeekOf(timeZone).week);
  if (!parsed.ok) throw new ValidationError({ week: parsed.error });
  return { week: parsed.week, weekStart: mondayDateOfIsoWeek(parsed.week) };
}

export const saveWeekDefinition = {
  schema: saveWeekSchema,
  // Reps hold entries.write.own; whose week it is gets checked in the data layer.
  permission: "entries.write.own",
  handler: async (input, ctx) => {
    const { weekStart } = weekStartOf(input.week, ctx.org.timeZone);
    const stored = await upsertWeek(ctx, {
      memberId: input.memberId,
      weekStart,
      values: metricValuesOf(input),
      notWorked: input.notWorked,
      expectedVersion: input.version,
      confirmedLargeValues: input.confirmedLargeValues,
      notAfter: currentWeekOf(ctx.org.timeZone).weekStart,
      confirmedBeforeStart: input.confirmedBeforeStart,
    });
    // A double click sends the same change twice: the second request stores nothing, but
    // from the editor's point of view the week did change (its version moved on).
    return { version: stored.version, changed: stored.changed || stored.version !== input.version };
  },
} satisfies OrgActionDefinition<typeof saveWeekSchema>;

/** Reminders one member can get in any 24 hours. */
export const REMINDERS_PER_DAY = 3;

const deleteWeekSchema = z.object({
  memberId: z.string().min(1, { error: "required" }),
  week: z.string().min(1, { error: "required" }),
  version: z.coerce.number().int().min(1),
  confirmed: checkbox.refine((value) => value, { error: "confirmDeleteWeek" }),
});

export const deleteWeekDefinition = {
  schema: deleteWeekSchema,
  // Like saving: reps delete their own weeks, the data layer checks whose week it is.
  permission: "entries.write.own",
  handler: async (input, ctx) => {
    const { weekStart } = weekStartOf(input.week, ctx.org.timeZone);
    return deleteWeek(ctx, { memberId: input.memberId, weekStart, expectedVersion: input.version });
  },
} satisfies OrgActionDefinition<typeof deleteWeekSchema>;

const reminderSchema = z.object({ memberId: z.string().min(1), week: z.string().min(1) });

export const sendReminderDefinition = {
  schema: reminderSchema,
  permission: "entries.read.any",
  handler: async (input, ctx) => {
    const { week, weekStart } = weekStartOf(input.week, ctx.org.timeZone);
    const member = await findMemberForReminder(ctx, input.memberId, weekStart);
    // Only a missing week is reminded: not the owner who logs nothing, not someone invited or
    // not started yet, not a week that is still open.
    if (weekStatus(member, week, currentWeekOf(ctx.org.timeZone).week, member.recorded) !== "missing") {
      throw new ValidationError({ week: { key: "nothingToRemind" } });
    }
    // Per member, not per manager: several managers together must not flood one inbox.
    const limit = await hitRateLimit(`reminder:${ctx.org.id}:${member.id}`, REMINDERS_PER_DAY, 24 * 3600);
    if (!limit.allowed) throw new ConflictError({ key: "reminderLimit", values: { max: REMINDERS_PER_DAY } });
    const link = `${appUrl()}/o/${ctx.org.slug}/week?week=${week}`;
    // Queued like every mail; without SMTP it is only logged (delivered: false).
    await queueMail(
      weekReminderMail({
        to: member.email,
        name: member.name,
        orgName: ctx.org.name,
        week,
        link,
        locale: member.locale,
      }),
    );
    const delivered = smtpConfigured();
    await recordReminder(ctx, member.id, weekStart, delivered);
    return { delivered, email: member.email };
  },
} satisfies OrgActionDefinition<typeof reminderSchema>;
