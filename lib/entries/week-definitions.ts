import "server-only";
// The week form's actions, as definitions the tests can run (lib/entries/actions.ts wraps
// them with orgAction).
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { findMemberForReminder, recordReminder, upsertWeek } from "@/lib/data/weeks";
import { ValidationError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { mondayDateOfIsoWeek } from "@/lib/kpi/iso-week";
import { appUrl, sendMail } from "@/lib/mail/send-mail";
import { currentWeekOf } from "./clock";
import { checkbox, metricValuesOf } from "./form-input";
import { parseWeekText } from "./week-text";

const saveWeekSchema = z.looseObject({
  memberId: z.string().min(1, { error: "required" }),
  week: z.string().min(1, { error: "required" }),
  version: z.coerce.number().int().min(0).default(0),
  notWorked: checkbox,
  confirmedLargeValues: checkbox,
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
    });
    return { version: stored.version, changed: stored.changed };
  },
} satisfies OrgActionDefinition<typeof saveWeekSchema>;

// The catalogues are loaded at run time, so their keys are not known to the type checker.
type Translate = (key: string, values: Record<string, string>) => string;

const reminderSchema = z.object({ memberId: z.string().min(1), week: z.string().min(1) });

export const sendReminderDefinition = {
  schema: reminderSchema,
  permission: "entries.read.any",
  handler: async (input, ctx) => {
    const { week, weekStart } = weekStartOf(input.week, ctx.org.timeZone);
    const member = await findMemberForReminder(ctx, input.memberId);
    const link = `${appUrl()}/o/${ctx.org.slug}/week?week=${week}`;
    // Without an account we do not know their language: both, Dutch first.
    const locales = member.locale ? [member.locale] : (["nl", "en"] as const);
    const parts = locales.map((locale) => {
      const t = createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;
      const values = { name: member.name, org: ctx.org.name, week, link };
      return { subject: t("weekly.reminder.subject", values), text: t("weekly.reminder.body", values) };
    });
    const { delivered } = await sendMail({
      to: member.email,
      subject: parts.map((p) => p.subject).join(" / "),
      text: parts.map((p) => p.text).join("\n\n---\n\n"),
    });
    await recordReminder(ctx, member.id, weekStart, delivered);
    return { delivered, email: member.email };
  },
} satisfies OrgActionDefinition<typeof reminderSchema>;
