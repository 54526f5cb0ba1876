import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { passwordResetTokens, users } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { newUser, tokenOf } from "@/db/test/members";
import { waitFor } from "@/db/test/smtp";
import { verifyPassword } from "@/lib/auth/password";
import { ConflictError, ValidationError } from "@/lib/errors";
import {
  changePassword,
  passwordResetUsable,
  requestPasswordReset,
  resetPassword,
  updateProfile,
} from "./account";
import "@/lib/jobs/all-jobs";
import { forgetQueuedJobs } from "@/db/test/queue";
import { startQueueWorker } from "@/lib/jobs/data/job-runner";
import { findSessionUser, startSession } from "./sessions";

const PASSWORD = "the old long password";

async function userRow(id: string) {
  const db = await testDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}

async function tokensOf(userId: string) {
  const db = await testDb();
  return db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
}

/**
 * Requests a reset, lets the queue send it, and reads the link from the server log line
 * (no SMTP in these tests).
 */
async function requestAndReadLink(email: string, waitMs = 15_000) {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  await requestPasswordReset(email);
  const linesFor = () =>
    warn.mock.calls.map((c) => c.join(" ")).filter((line) => line.includes(email.toLowerCase()));
  const worker = await startQueueWorker({ pollIntervalMs: 100 });
  await waitFor(() => linesFor().length > 0, waitMs);
  await worker.stop();
  const lines = linesFor();
  warn.mockRestore();
  const match = lines.join("\n").match(/\/reset-password\/([A-Za-z0-9_-]+)/);
  return { lines, token: match ? tokenOf(match[0]) : null };
}

afterEach(() => vi.restoreAllMocks());

describeDb("the account", () => {
  // Other files' queued mail would keep this test's worker busy (db/test/queue.ts).
  beforeEach(() => forgetQueuedJobs());

  it("changes name and language", async () => {
    const user = await newUser("Before");
    await updateProfile(user.id, { name: "After", locale: "nl" });
    expect(await userRow(user.id)).toMatchObject({ name: "After", locale: "nl" });
  });

  it("changing the password needs the current one and ends the sessions issued before", async () => {
    const user = await newUser("Pw", { password: PASSWORD });
    await expect(
      changePassword(user.id, { currentPassword: "wrong", newPassword: "a brand new password" }),
    ).rejects.toEqual(new ValidationError({ currentPassword: { key: "wrongPassword" } }));
    const sessionId = await startSession(user.id);
    expect(await findSessionUser(user.id, 0, sessionId)).not.toBeNull();
    await changePassword(user.id, { currentPassword: PASSWORD, newPassword: "a brand new password" });
    const row = await userRow(user.id);
    expect(row.sessionEpoch).toBe(1);
    expect(await verifyPassword(row.passwordHash!, "a brand new password")).toBe(true);
    expect(await findSessionUser(user.id, 0, sessionId)).toBeNull();
    expect(await findSessionUser(user.id, 1, sessionId)).not.toBeNull();
  });

  it("a reset request answers the same for unknown emails and stores nothing for them", async () => {
    const before = await (await testDb()).select({ n: sql<number>`count(*)` }).from(passwordResetTokens);
    const { lines, token } = await requestAndReadLink(`${unique("nobody")}@example.test`, 1500);
    expect(token).toBeNull();
    expect(lines).toHaveLength(0);
    const after = await (await testDb()).select({ n: sql<number>`count(*)` }).from(passwordResetTokens);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it("a reset link (logged on the server without SMTP) works once and ends every session", async () => {
    const user = await newUser("Forgot", { password: PASSWORD, locale: "nl" });
    const { lines, token } = await requestAndReadLink(user.email.toUpperCase());
    expect(token).not.toBeNull();
    expect(lines.filter((l) => l.includes(token!))).toHaveLength(1);
    expect(lines[0]).toContain("Stel je Funnelmeter-wachtwoord opnieuw in");
    const [stored] = await tokensOf(user.id);
    expect(stored!.tokenHash).not.toBe(token);
    expect(await passwordResetUsable(token!)).toBe(true);
    await resetPassword(token!, "a freshly reset password");
    const row = await userRow(user.id);
    expect(await verifyPassword(row.passwordHash!, "a freshly reset password")).toBe(true);
    expect(row.sessionEpoch).toBe(1);
    expect(await passwordResetUsable(token!)).toBe(false);
    await expect(resetPassword(token!, "yet another password")).rejects.toEqual(
      new ConflictError({ key: "resetLinkInvalid" }),
    );
  });

  it("an expired reset link is refused; using one link voids the user's other links", async () => {
    const user = await newUser("Twice", { password: PASSWORD });
    const first = await requestAndReadLink(user.email);
    const second = await requestAndReadLink(user.email);
    const db = await testDb();
    const third = await requestAndReadLink(user.email);
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResetTokens.userId, user.id));
    await expect(resetPassword(first.token!, "a freshly reset password")).rejects.toEqual(
      new ConflictError({ key: "resetLinkInvalid" }),
    );
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() + interval '1 hour'` })
      .where(eq(passwordResetTokens.userId, user.id));
    await resetPassword(second.token!, "a freshly reset password");
    await expect(resetPassword(third.token!, "another fresh password")).rejects.toEqual(
      new ConflictError({ key: "resetLinkInvalid" }),
    );
    const row = await userRow(user.id);
    expect(await verifyPassword(row.passwordHash!, "a freshly reset password")).toBe(true);
  });

  it("limits reset mails per email to five an hour", async () => {
    const user = await newUser("Bombed", { password: PASSWORD });
    for (let i = 0; i < 7; i++) await requestPasswordReset(user.email);
    expect(await tokensOf(user.id)).toHaveLength(5);
  });
});
