import "server-only";
// The user's own account, outside any organization: name, language, password, and the
// password reset by emailed token. Changing or resetting the password bumps the session
// epoch, which ends every session issued before (lib/auth/current-user.ts checks it).
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { type Locale, passwordResetTokens, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { globalDb } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { queueMail } from "@/lib/jobs/data/mail-outbox";
import { smtpConfigured } from "@/lib/mail/send-mail";
import { hitRateLimit } from "@/lib/security/data/rate-limit";
import { passwordResetMail } from "@/lib/teams/emails";
import { passwordResetLink, passwordResetTtlMs } from "@/lib/teams/links";
import { normaliseEmail } from "./users";

/** What a person's account is, to themselves and to an export: never the password hash. */
export const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  weeklyReminders: users.weeklyReminders,
};

export async function findAccount(userId: string) {
  const db = await globalDb();
  const [user] = await db.select(accountColumns).from(users).where(eq(users.id, userId));
  return user ?? null;
}

/** The person's own choice about the Friday reminder (lib/jobs/mailing-jobs.ts). */
export async function setWeeklyReminders(userId: string, on: boolean): Promise<void> {
  const db = await globalDb();
  const [user] = await db
    .update(users)
    .set({ weeklyReminders: on })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!user) throw new NotFoundError("user");
}

export async function updateProfile(userId: string, input: { name: string; locale: Locale }) {
  const db = await globalDb();
  const [user] = await db
    .update(users)
    .set({ name: input.name, locale: input.locale })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (!user) throw new NotFoundError("user");
}

/**
 * Checks the current password, stores the new one and ends every other session (the
 * caller signs the user in again, so only their current session carries on).
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ email: string }> {
  const db = await globalDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new NotFoundError("user");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError({ currentPassword: { key: "wrongPassword" } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  // Conditional on the hash we verified: a concurrent change is not silently overwritten.
  const [changed] = await db
    .update(users)
    .set({ passwordHash, sessionEpoch: sql`${users.sessionEpoch} + 1` })
    .where(and(eq(users.id, userId), eq(users.passwordHash, user.passwordHash)))
    .returning({ email: users.email });
  if (!changed) throw new ConflictError({ key: "passwordChangedMeanwhile" });
  return changed;
}

const RESET_REQUESTS_PER_HOUR = 5;

/**
 * Sends a reset link when the email belongs to a user; answers the same either way, so
 * nobody learns which emails have accounts. Without SMTP the link is only logged on the
 * server for the operator: showing it in the browser would let anyone who types an email
 * take over that account.
 */
export async function requestPasswordReset(rawEmail: string, now = new Date()): Promise<void> {
  const email = normaliseEmail(rawEmail);
  // Per email: stops mail-bombing someone with reset links.
  const limit = await hitRateLimit(`password-reset:${hashToken(email)}`, RESET_REQUESTS_PER_HOUR, 3600, now);
  if (!limit.allowed) return;
  const db = await globalDb();
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) return;
  const token = newToken();
  const expiresAt = new Date(now.getTime() + passwordResetTtlMs());
  const link = passwordResetLink(token);
  if (!link && smtpConfigured()) {
    console.error(
      "[account] APP_URL is not set, so a password reset email cannot carry a trustworthy link; not sent",
    );
    return;
  }
  const mail = passwordResetMail({
    to: user.email,
    locale: user.locale ?? "en",
    name: user.name,
    link: link ?? `/reset-password/${token}`,
    expiresAt,
  });
  // The token and its mail together: a queued mail always names a stored token.
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    await queueMail(mail, { tx });
  });
}

/** Whether a reset link can still be used (for the page that asks for the new password). */
export async function passwordResetUsable(token: string, now = new Date()): Promise<boolean> {
  const db = await globalDb();
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return Boolean(row);
}

/**
 * Uses a reset token (once: one conditional UPDATE decides), sets the new password and ends
 * every session of that user. The user's other reset links stop working too.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const passwordHash = await hashPassword(newPassword);
  const db = await globalDb();
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!used) throw new ConflictError({ key: "resetLinkInvalid" });
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionEpoch: sql`${users.sessionEpoch} + 1` })
      .where(eq(users.id, used.userId))
      .returning({ email: users.email });
    if (!user) throw new ConflictError({ key: "resetLinkInvalid" });
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResetTokens.userId, used.userId),
          isNull(passwordResetTokens.usedAt),
          ne(passwordResetTokens.id, used.id),
        ),
      );
    return user;
  });
}
