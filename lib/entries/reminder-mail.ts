// The text of a weekly-form reminder, the same for a manager's nudge and the Friday
// reminder: in the person's language, or both (Dutch first) when it is not known.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/domain";
import { loadMessages } from "@/lib/i18n/messages";
import type { OutgoingMail } from "@/lib/mail/send-mail";

// The catalogues are loaded at run time, so their keys are not known to the type checker.
type Translate = (key: string, values: Record<string, string>) => string;

export interface ReminderMailInput {
  to: string;
  name: string;
  orgName: string;
  /** "2026-W48" */
  week: string;
  link: string;
  locale: Locale | null;
}

export function weekReminderMail(input: ReminderMailInput): OutgoingMail {
  const locales = input.locale ? [input.locale] : (["nl", "en"] as const);
  const parts = locales.map((locale) => {
    const t = createTranslator({ locale, messages: loadMessages(locale) }) as unknown as Translate;
    const values = { name: input.name, org: input.orgName, week: input.week, link: input.link };
    return { subject: t("weekly.reminder.subject", values), text: t("weekly.reminder.body", values) };
  });
  return {
    to: input.to,
    subject: parts.map((p) => p.subject).join(" / "),
    text: parts.map((p) => p.text).join("\n\n---\n\n"),
  };
}
