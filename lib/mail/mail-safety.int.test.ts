// Names with line breaks never reach a mail subject or a log line; reminders are limited per
// member. Without SMTP the mail is logged, which is what the log-line check reads.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { members, organizations } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { waitFor } from "@/db/test/smtp";
import { startQueueWorker } from "@/lib/jobs/data/job-runner";
import "@/lib/jobs/all-jobs";
import { forgetQueuedJobs } from "@/db/test/queue";
import { executeOrgAction } from "@/lib/actions/execute";
import { REMINDERS_PER_DAY, sendReminderDefinition } from "@/lib/entries/week-definitions";
import { inviteMemberDefinition } from "@/lib/teams/definitions";

afterEach(() => vi.restoreAllMocks());

describeDb("mail safety", () => {
  // Other files' queued mail would keep this test's worker busy (db/test/queue.ts).
  beforeEach(() => forgetQueuedJobs());

  it("a name with a line break is refused; one stored before reaches no subject or log line", async () => {
    const org = await newOrg();
    const invite = await executeOrgAction(inviteMemberDefinition, org.userId, org.slug, {
      email: "n@example.test",
      name: "Ann\r\nBcc: victim@example.test",
      role: "rep",
      startedOn: "2026-01-05",
    });
    expect(invite).toMatchObject({ ok: false, fields: { name: { key: "invalidCharacters" } } });

    const rep = await addMember(org);
    const db = await testDb();
    await db.update(members).set({ name: "Ann\n[mail] forged line" }).where(eq(members.id, rep.memberId));
    await db
      .update(organizations)
      .set({ name: "Acme\r\nBcc: victim@example.test" })
      .where(eq(organizations.id, org.ctx.org.id));
    const logged: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((line: string) => void logged.push(line));
    const sent = await executeOrgAction(sendReminderDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      week: "2026-W46",
    });
    expect(sent).toMatchObject({ ok: true });
    // Mail is a queued job: the worker sends (here: logs) it. Other tests' mails may be in
    // the same queue, so read this reminder's own log entry.
    const ours = () => logged.find((entry) => entry.includes("Acme"));
    const worker = await startQueueWorker({ pollIntervalMs: 100 });
    await waitFor(() => ours() !== undefined, 20_000);
    await worker.stop();
    const lines = (ours() ?? "").split("\n");
    // The subject (with the organization's name) on one line, the body (with the name) indented.
    expect(lines[0]).toMatch(
      /^\[mail\] SMTP is not configured; not sent to .*: .*Acme Bcc: victim@example\.test$/,
    );
    expect(lines.some((line) => line.startsWith("[mail] forged"))).toBe(false);
    expect(lines.some((line) => line.startsWith("    [mail] forged line"))).toBe(true);
    expect(lines.slice(1).every((line) => line === "" || line.startsWith("    "))).toBe(true);
  });

  it(`a member gets at most ${REMINDERS_PER_DAY} reminders a day, whoever sends them`, async () => {
    const org = await newOrg();
    const manager = await addMember(org, "manager");
    const rep = await addMember(org);
    const other = await addMember(org);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const remind = (userId: string, memberId: string) =>
      executeOrgAction(sendReminderDefinition, userId, org.slug, { memberId, week: "2026-W46" });
    const outcomes = [];
    for (let i = 0; i < REMINDERS_PER_DAY + 1; i++) {
      outcomes.push(await remind(i % 2 ? manager.userId : org.userId, rep.memberId));
    }
    expect(outcomes.map((o) => o.ok)).toEqual([...Array(REMINDERS_PER_DAY).fill(true), false]);
    expect(outcomes.at(-1)).toMatchObject({ code: "conflict", message: { key: "reminderLimit" } });
    expect(await remind(org.userId, other.memberId)).toMatchObject({ ok: true });
  });
});
