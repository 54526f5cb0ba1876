// Every e-mail is a queued job: sent through a real SMTP server started here, retried with
// backoff while that server is down, delivered once when it is back, and an invitation
// whose mail finally failed is marked for the members page. Runs on both queues
// (graphile-worker on PostgreSQL, local_jobs on PGlite).
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { invitations } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { newOrg } from "@/db/test/orgs";
import { freePort, SmtpSink, waitFor } from "@/db/test/smtp";
import { requestPasswordReset } from "@/lib/auth/data/account";
import { type JobRunner, startQueueWorker } from "@/lib/jobs/data/job-runner";
import { inviteMember, listPendingInvitations } from "@/lib/teams/data/invitations";
import "./all-jobs";
import { forgetQueuedJobs } from "@/db/test/queue";

let sink: SmtpSink;
let worker: JobRunner | null = null;

beforeAll(async () => {
  sink = new SmtpSink(await freePort());
  sink.configureEnv();
  process.env.APP_URL = "http://funnelmeter.test";
});

afterEach(async () => {
  await worker?.stop();
  worker = null;
  await sink.stop();
  delete process.env.MAIL_MAX_ATTEMPTS;
  vi.restoreAllMocks();
});

afterAll(() => {
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  delete process.env.APP_URL;
});

const invite = (email: string) => ({ email, name: "Invitee", role: "rep" as const, startedOn: "2026-11-23" });
const startWorker = async () => {
  worker = await startQueueWorker({ pollIntervalMs: 200 });
};

describeDb("mail through the job queue", () => {
  // Other files' queued mail would keep this test's worker busy (db/test/queue.ts).
  beforeEach(() => forgetQueuedJobs());

  it("an invitation and a password reset are queued and arrive once through SMTP", async () => {
    await sink.start();
    const { ctx, email: ownerEmail } = await newOrg();
    const email = `${unique("invitee")}@example.test`;
    const sent = await inviteMember(ctx, invite(email));
    expect(sent.emailed).toBe(true);
    await requestPasswordReset(ownerEmail);
    await startWorker();
    expect(await waitFor(() => sink.to(email).length === 1 && sink.to(ownerEmail).length === 1)).toBe(true);
    expect(sink.to(email)[0]!.raw).toContain(sent.invitationLink.split("/invite/")[1]!.slice(0, 20));
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.to(email)).toHaveLength(1);
    expect(sink.to(ownerEmail)).toHaveLength(1);
  });

  it("a mail server that is down at first and comes back gets the invitation exactly once", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const email = `${unique("patient")}@example.test`;
    await inviteMember(ctx, invite(email));
    await startWorker();
    // Let the first attempt fail against the closed port, then bring the server up.
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.to(email)).toHaveLength(0);
    await sink.start();
    expect(await waitFor(() => sink.to(email).length > 0, 30_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 3000));
    expect(sink.to(email)).toHaveLength(1);
    const [pending] = (await listPendingInvitations(ctx)).filter((i) => i.email === email);
    expect(pending!.mailFailedAt).toBeNull();
  });

  it("an invitation whose mail finally failed says so", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    process.env.MAIL_MAX_ATTEMPTS = "2";
    const { ctx } = await newOrg();
    const email = `${unique("lost")}@example.test`;
    const sent = await inviteMember(ctx, invite(email));
    await startWorker();
    const db = await testDb();
    const failed = async () => {
      const [row] = await db.select().from(invitations).where(eq(invitations.memberId, sent.member.id));
      return row?.mailFailedAt != null;
    };
    expect(await waitFor(failed, 30_000)).toBe(true);
    const [pending] = (await listPendingInvitations(ctx)).filter((i) => i.email === email);
    expect(pending!.mailFailedAt).toBeInstanceOf(Date);
  });
});
