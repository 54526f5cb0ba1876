// The texts of the emails this feature sends (invitation, password reset), in the
// recipient's language, from messages/<locale>/email.json. Pure apart from reading the
// catalogue, so the wording can be tested without a mail server.
import { createFormatter, createTranslator } from "use-intl/core";
import type { Locale, Role } from "@/lib/domain";
import { FORMAT_LOCALE } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import type { OutgoingMail } from "@/lib/mail/send-mail";

type Values = Record<string, string>;

/** Keys are checked by the catalogue tests, not by the type system (messages load at run time). */
function translator(locale: Locale) {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  return (key: string, values?: Values): string => t(key as never, values as never);
}

function formatInstant(locale: Locale, when: Date, timeZone: string) {
  return createFormatter({ locale: FORMAT_LOCALE[locale], timeZone }).dateTime(when, {
    dateStyle: "long",
    timeStyle: "short",
  });
}

export interface InvitationMail {
  to: string;
  locale: Locale;
  inviteeName: string;
  inviterName: string | null;
  orgName: string;
  role: Role;
  link: string;
  expiresAt: Date;
  timeZone: string;
}

export function invitationMail(mail: InvitationMail): OutgoingMail {
  const t = translator(mail.locale);
  const values = {
    name: mail.inviteeName,
    inviter: mail.inviterName ?? t("email.someone"),
    org: mail.orgName,
    role: t(`roles.${mail.role}`),
    link: mail.link,
    expires: formatInstant(mail.locale, mail.expiresAt, mail.timeZone),
  };
  return {
    to: mail.to,
    subject: t("email.invitation.subject", values),
    text: t("email.invitation.body", values),
  };
}

export interface PasswordResetMail {
  to: string;
  locale: Locale;
  name: string;
  link: string;
  expiresAt: Date;
}

export function passwordResetMail(mail: PasswordResetMail): OutgoingMail {
  const t = translator(mail.locale);
  const values = {
    name: mail.name,
    link: mail.link,
    expires: formatInstant(mail.locale, mail.expiresAt, "Europe/Brussels"),
  };
  return {
    to: mail.to,
    subject: t("email.passwordReset.subject"),
    text: t("email.passwordReset.body", values),
  };
}
