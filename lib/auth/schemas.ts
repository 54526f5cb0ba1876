import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

// Error messages are catalogue keys (messages/*.json → "errors"), shown next to the field.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "invalidEmail" }));

export const RESERVED_SLUGS = new Set(["api", "admin", "login", "signup", "new", "settings", "o"]);

export const orgSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/, { error: "slugFormat" })
  .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "slugReserved" });

export const loginSchema = z.object({
  email,
  password: z.string().min(1, { error: "required" }),
  next: z.string().optional(),
});

export const codeStepSchema = z.object({
  passwordOk: z
    .string()
    .min(1, { error: "twoFactorStepExpired" })
    .max(1000, { error: "twoFactorStepExpired" }),
  code: z.string().trim().min(1, { error: "required" }).max(100, { error: "wrongTwoFactorCode" }),
  next: z.string().optional(),
});

export const signupSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  email,
  password: z.string().min(MIN_PASSWORD_LENGTH, { error: "tooShort" }).max(200, { error: "tooLong" }),
  orgName: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  slug: orgSlugSchema,
});

/** Only same-site paths: a log-in link must not bounce the user to another site. */
export function safeNextPath(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}
