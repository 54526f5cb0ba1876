// The weekly mailings end to end on both drivers: the clock claims a mailing once per
// organization and week even with two app instances (two queue workers, two clocks at the
// same moment) and after a restart, and the mails go out through a real SMTP server to the
// right people in their language.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { members, users } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { freePort, SmtpSink, waitFor } from "@/db/test/smtp";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { type JobRunner, startQueueWorker } from "@/lib/jobs/data/job-runner";
import { startDueMailings } from "./mailing-clock";
import "./all-jobs";
import { forgetQueuedJobs } from "@/db/test/queue";

let sink: SmtpSink;
let workers: JobRunner[] = [];

beforeAll(async () => {
  sink = new SmtpSink(await freePort());
  sink.configureEnv();
  process.env.APP_URL = "http://funnelmeter.test";
  await sink.start();
});

afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
  vi.restoreAllMocks();
});

afterAll(async () => {
  await sink.stop();
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  delete process.env.APP_URL;
});

// Friday 27 November 2026, 15:30 in Brussels; Monday 30 November, 08:30.
const FRIDAY_AFTERNOON = new Date("2026-11-27T14:30:00Z");
const MONDAY_MORNING = new Date("2026-11-30T07:30:00Z");
const WEEK = "2026-11-23";

/** Two app instances: two workers on one queue (on PGlite one process owns the data, so one). */
async function twoInstances() {
  workers.push(await startQueueWorker({ pollIntervalMs: 200 }));
  workers.push(await startQueueWorker({ pollIntervalMs: 200 }));
}

async function team() {
  const org = await newOrg({ today: "2026-01-05" });
  const db = await testDb();
  const forgetful = await addMember(org);
  const diligent = await addMember(org);
  const optedOut = await addMember(org);
  const notStarted = await addMember(org);
  const gone = await addMember(org);
  const manager = await addMember(org, "manager");
  await db.update(users).set({ weeklyReminders: false }).where(eq(users.id, optedOut.userId));
  await db.update(members).set({ startedOn: "2026-11-30" }).where(eq(members.id, notStarted.memberId));
  await db.update(members).set({ status: "deactivated" }).where(eq(members.id, gone.memberId));
  await db.update(users).set({ locale: "nl" }).where(eq(users.id, manager.userId));
  await db.update(members).set({ name: "Forgetful Fien" }).where(eq(members.id, forgetful.memberId));
  await db.update(members).set({ name: "Opted-out Omar" }).where(eq(members.id, optedOut.memberId));
  await upsertWeek(diligent.ctx, {
    memberId: diligent.memberId,
    weekStart: WEEK,
    values: { calls: 120, conversations: 30, appointments: 6 },
    notWorked: false,
  });
  return { org, forgetful, diligent, optedOut, notStarted, gone, manager };
}

describeDb("weekly mailings", () => {
  // Other files' queued mail would keep this test's worker busy (db/test/queue.ts).
  beforeEach(() => forgetQueuedJobs());

  it("Friday: one reminder to each rep whose week is not filled in, once, with two instances and a restart", async () => {
    const t = await team();
    // Two clocks tick at the same moment (two app instances).
    const started = await Promise.all([
      startDueMailings(FRIDAY_AFTERNOON),
      startDueMailings(FRIDAY_AFTERNOON),
    ]);
    expect(started[0]! + started[1]!).toBeGreaterThanOrEqual(1);
    // The clock started a mailing for every organization of this test run: keep this one's.
    await forgetQueuedJobs(t.org.ctx.org.id);
    await twoInstances();
    expect(await waitFor(() => sink.to(t.forgetful.email).length > 0, 30_000)).toBe(true);
    // A restart within the window starts nothing again.
    await Promise.all(workers.map((w) => w.stop()));
    workers = [];
    await startDueMailings(new Date(FRIDAY_AFTERNOON.getTime() + 3 * 3600_000));
    await twoInstances();
    await new Promise((r) => setTimeout(r, 2500));
    expect(sink.to(t.forgetful.email)).toHaveLength(1);
    const [mail] = sink.to(t.forgetful.email);
    expect(mail!.subject).toContain("2026-W48");
    expect(mail!.raw).toContain("/account");
    for (const other of [t.diligent, t.optedOut, t.notStarted, t.gone, t.manager]) {
      expect(sink.to(other.email)).toHaveLength(0);
    }
  });

  it("Monday: a digest for each manager in their language, with last week's numbers and who did not fill it in", async () => {
    const t = await team();
    await Promise.all([startDueMailings(MONDAY_MORNING), startDueMailings(MONDAY_MORNING)]);
    await forgetQueuedJobs(t.org.ctx.org.id);
    await twoInstances();
    expect(
      await waitFor(() => sink.to(t.manager.email).length > 0 && sink.to(t.org.email).length > 0, 30_000),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.to(t.manager.email)).toHaveLength(1);
    expect(sink.to(t.org.email)).toHaveLength(1);
    const dutch = sink.to(t.manager.email)[0]!;
    expect(dutch.subject).toContain("week 2026-W48 in cijfers");
    const english = sink.to(t.org.email)[0]!.raw.replace(/=\r?\n/g, "");
    expect(english).toContain("Forgetful Fien");
    expect(english).toContain("Opted-out Omar");
    expect(english).toMatch(/Calls: 120/);
    expect(english).toContain("2 reps have not filled in the week.");
    expect(sink.to(t.forgetful.email)).toHaveLength(0);
  });
});
