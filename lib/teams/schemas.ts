// What the team and account forms send. FormData values are strings; error messages are
// keys in messages/*/errors.json, shown next to the field with the same name.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { LOCALES, ROLES } from "@/lib/domain";
import { isRealDate, isUsableDate } from "@/lib/forms/calendar-date";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }).max(254, { error: "tooLong" }));

/** No line breaks or other control characters: names go into mail subjects and log lines. */
export const hasControlCharacters = (text: string) => /[\p{Cc}\u2028\u2029]/u.test(text);

export const personName = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(100, { error: "tooLong" })
  .refine((name) => !hasControlCharacters(name), { error: "invalidCharacters" });

/** A real day the product can mean: 30 February is invalid, year 0 is out of range. */
export const isoDate = z
  .string()
  .trim()
  .refine(isRealDate, { error: "invalidDate", abort: true })
  .refine(isUsableDate, { error: "dateOutOfRange" });

export const roleField = z.enum(ROLES, { error: "invalid" });

export const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "tooShort" })
  .max(200, { error: "tooLong" });

export const inviteSchema = z.object({
  email: emailField,
  name: personName,
  role: roleField,
  startedOn: isoDate,
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const memberIdSchema = z.object({ memberId: z.uuid({ error: "invalid" }) });

export const invitationIdSchema = z.object({ invitationId: z.uuid({ error: "invalid" }) });

export const changeRoleSchema = z.object({ memberId: z.uuid({ error: "invalid" }), role: roleField });

/** Tokens are base64url (lib/auth/tokens.ts); anything else is not worth a database query. */
export const tokenField = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "invalid" });

export const acceptWithNewAccountSchema = z.object({
  token: tokenField,
  name: personName,
  password: newPassword,
});

export const acceptAsCurrentUserSchema = z.object({ token: tokenField });

export const profileSchema = z.object({ name: personName, locale: z.enum(LOCALES, { error: "invalid" }) });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
  newPassword,
});

export const requestPasswordResetSchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ token: tokenField, newPassword });

/** A checkbox: "on" when ticked, absent otherwise. */
export const weeklyRemindersSchema = z.object({
  weeklyReminders: z.preprocess((value) => value === "on", z.boolean()),
});
