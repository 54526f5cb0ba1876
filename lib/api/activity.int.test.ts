// POST /api/v1/activity on both drivers: events count into their member's week in the
// organization's time zone, once per id, with per-event errors; a person's correction wins.
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { activityEvents, auditEvents, weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { loadWeekForm } from "@/lib/entries/data/weeks";
import { postActivity } from "./routes/activity";
import { createMemberRoute } from "./routes/members";
import { putWeek } from "./routes/weeks";
import { call, newOrgWithKey } from "./testing/api-calls";

async function orgWithRep() {
  const org = await newOrgWithKey();
  const email = `${unique("rep")}@example.com`;
  const created = await call(createMemberRoute, "/members", org.key, {
    method: "POST",
    body: { email, name: "Dialer Rep", role: "rep", startedOn: "2026-01-05" },
  });
  return { ...org, memberId: created.body.id as string, email };
}

const send = (key: string, events: unknown[]) =>
  call(postActivity, "/activity", key, { method: "POST", body: { events } });

async function storedWeek(orgId: string, memberId: string, weekStart: string) {
  const db = await testDb();
  const [row] = await db
    .select()
    .from(weeklyEntries)
    .where(
      and(
        eq(weeklyEntries.orgId, orgId),
        eq(weeklyEntries.memberId, memberId),
        eq(weeklyEntries.weekStart, weekStart),
      ),
    );
  return row;
}

describeDb("activity in", () => {
  it("counts events into the member's week in the organization's time zone, talk time into talkMinutes", async () => {
    const a = await orgWithRep();
    const answer = await send(a.key, [
      {
        id: "c1",
        member: a.memberId,
        at: "2026-11-16T09:00:00Z",
        metric: "calls",
        count: 1,
        durationSeconds: 95,
      },
      {
        id: "c2",
        member: a.email.toUpperCase(),
        at: "2026-11-17T10:00:00+01:00",
        metric: "calls",
        durationSeconds: 25,
      },
      { id: "v1", member: a.email, at: "2026-11-17T10:05:00Z", metric: "conversations", count: 1 },
      // Sunday 23:30 UTC is Monday 00:30 in Brussels: the next week
      { id: "c3", member: a.memberId, at: "2026-11-22T23:30:00Z", metric: "calls", count: 4 },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.rejected).toEqual([]);
    expect(answer.body.accepted.map((e: { week: string }) => e.week)).toEqual([
      "2026-W47",
      "2026-W47",
      "2026-W47",
      "2026-W48",
    ]);
    const w47 = await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16");
    expect(w47).toMatchObject({
      values: { calls: 2, conversations: 1, talkMinutes: 2 },
      counted: { calls: 2, conversations: 1, talkMinutes: 2 },
      correctedAt: {},
      version: 1,
    });
    expect((await storedWeek(a.ctx.org.id, a.memberId, "2026-11-23"))?.values).toEqual({ calls: 4 });
  });

  it("the same event id counts once, within a batch and across batches", async () => {
    const a = await orgWithRep();
    const event = { id: "dup-1", member: a.memberId, at: "2026-11-16T09:00:00Z", metric: "calls", count: 3 };
    const first = await send(a.key, [event, event]);
    expect(first.body.accepted.map((e: { duplicate: boolean }) => e.duplicate)).toEqual([false, true]);
    const again = await send(a.key, [event, { ...event, id: "dup-2", count: 2 }]);
    expect(again.body.accepted.map((e: { duplicate: boolean }) => e.duplicate)).toEqual([true, false]);
    expect((await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16"))?.values).toEqual({ calls: 5 });
  });

  it("reports each bad event and stores the valid ones of the batch", async () => {
    const a = await orgWithRep();
    // The member marks a week as not worked: events for it are refused.
    await call(putWeek, `/members/${a.memberId}/weeks/2026-W40`, a.key, {
      method: "PUT",
      body: { notWorked: true },
      params: { memberId: a.memberId, isoWeek: "2026-W40" },
    });
    const ok = { member: a.memberId, at: "2026-11-16T09:00:00Z", metric: "calls" };
    const answer = await send(a.key, [
      { ...ok, id: "good" },
      { ...ok, id: "who", member: "nobody@example.com" },
      { ...ok, id: "what", metric: "emails" },
      { ...ok, id: "when", at: "2099-01-01T00:00:00Z" },
      { ...ok, id: "off", at: "2026-09-30T12:00:00Z" },
      { ...ok, id: "stamp", at: "yesterday" },
      { ...ok, id: "half", count: 1.5 },
      { ...ok, id: "neg", count: -1 },
      { ...ok, at: "2026-11-16T09:00:00Z" },
      "not an event",
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.accepted.map((e: { id: string }) => e.id)).toEqual(["good"]);
    expect(
      answer.body.rejected.map((r: { index: number; id: string | null; errors: object }) => [
        r.index,
        r.id,
        Object.keys(r.errors),
      ]),
    ).toEqual([
      [1, "who", ["member"]],
      [2, "what", ["metric"]],
      [3, "when", ["at"]],
      [4, "off", ["at"]],
      [5, "stamp", ["at"]],
      [6, "half", ["count"]],
      [7, "neg", ["count"]],
      [8, null, ["id"]],
      [9, null, ["event"]],
    ]);
    expect(answer.body.rejected[0].errors.member).toMatch(/member id or e-mail/);
    expect(answer.body.rejected[3].errors.at).toMatch(/not worked/);
    const db = await testDb();
    const stored = await db.select().from(activityEvents).where(eq(activityEvents.orgId, a.ctx.org.id));
    expect(stored.map((e) => e.eventId)).toEqual(["good"]);
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.ctx.org.id), eq(auditEvents.action, "activity.received")));
    expect(audit[0]?.after).toMatchObject({ accepted: 1, duplicates: 0, rejected: 9 });
  });

  it("a batch whose every event is refused stores nothing, not even an audit event (found by fuzzing)", async () => {
    const a = await orgWithRep();
    const answer = await send(a.key, [
      { id: 0, member: a.memberId, at: "2026-11-20T10:00:00Z", metric: "calls" },
      { id: "x", member: a.memberId, at: "9999-99-99T00:00:00Z", metric: "calls" },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body.accepted).toEqual([]);
    expect(answer.body.rejected).toHaveLength(2);
    const db = await testDb();
    const audit = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.ctx.org.id), eq(auditEvents.action, "activity.received")));
    expect(audit).toEqual([]);
  });

  it("refuses a batch of more than 1,000 events or none, whole", async () => {
    const a = await orgWithRep();
    const many = Array.from({ length: 1001 }, (_, i) => ({
      id: `e${i}`,
      member: a.memberId,
      at: "2026-11-16T09:00:00Z",
      metric: "calls",
    }));
    const tooMany = await send(a.key, many);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.fields.events).toMatch(/1,000/);
    expect((await send(a.key, [])).status).toBe(422);
    expect(await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16")).toBeUndefined();
    const full = await send(a.key, many.slice(0, 1000));
    expect(full.body.accepted).toHaveLength(1000);
    expect((await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16"))?.values).toEqual({ calls: 1000 });
  });

  it("a person's correction wins and is audited; later events are kept and shown as after it", async () => {
    const a = await orgWithRep();
    const at = "2026-11-16T09:00:00Z";
    await send(a.key, [
      { id: "k1", member: a.memberId, at, metric: "calls", count: 40 },
      { id: "k2", member: a.memberId, at, metric: "conversations", count: 10 },
    ]);
    const params = { memberId: a.memberId, isoWeek: "2026-W47" };
    // The rep adds what no system sends and corrects the calls the dialer missed.
    const corrected = await call(putWeek, "/members/x/weeks/2026-W47", a.key, {
      method: "PUT",
      body: { metrics: { calls: 45, appointments: 2 } },
      params,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.metrics).toEqual({ calls: 45, conversations: 10, appointments: 2 });
    await send(a.key, [{ id: "k3", member: a.memberId, at, metric: "calls", count: 3 }]);
    await send(a.key, [{ id: "k4", member: a.memberId, at, metric: "conversations", count: 1 }]);
    const week = await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16");
    expect(week?.values).toEqual({ calls: 45, conversations: 11, appointments: 2 });
    expect(week?.counted).toEqual({ calls: 43, conversations: 11 });
    expect(Object.keys(week?.correctedAt ?? {})).toEqual(["calls"]);
    const form = await loadWeekForm(a.ctx, a.memberId, "2026-11-16", "2026-11-09");
    expect(form.sources.eventsAfterCorrection).toEqual({ calls: 1 });
    const db = await testDb();
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.ctx.org.id), eq(auditEvents.subjectId, `${a.memberId}/2026-W47`)));
    expect(audits.map((e) => (e.after as { corrected?: string[] }).corrected)).toEqual([["calls"]]);
    // Clearing the correction (sending the count) goes back to what was counted.
    const back = await call(putWeek, "/members/x/weeks/2026-W47", a.key, {
      method: "PUT",
      body: { metrics: { calls: 43, appointments: 2 } },
      params,
    });
    expect(back.body.metrics).toEqual({ calls: 43, conversations: 11, appointments: 2 });
    expect((await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16"))?.correctedAt).toEqual({});
  });

  it("numbers typed before any event stay the person's", async () => {
    const a = await orgWithRep();
    await call(putWeek, "/members/x/weeks/2026-W47", a.key, {
      method: "PUT",
      body: { metrics: { calls: 50, conversations: 12 } },
      params: { memberId: a.memberId, isoWeek: "2026-W47" },
    });
    await send(a.key, [{ id: "late", member: a.memberId, at: "2026-11-18T09:00:00Z", metric: "calls" }]);
    const week = await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16");
    expect(week?.values).toEqual({ calls: 50, conversations: 12 });
    expect(week?.counted).toEqual({ calls: 1 });
    expect(Object.keys(week?.correctedAt ?? {})).toEqual(["calls"]);
  });

  it("another organization's key cannot count for this one's members, by id or e-mail", async () => {
    const a = await orgWithRep();
    const b = await orgWithRep();
    const answer = await send(b.key, [
      { id: "x1", member: a.memberId, at: "2026-11-16T09:00:00Z", metric: "calls" },
      { id: "x2", member: a.email, at: "2026-11-16T09:00:00Z", metric: "calls" },
    ]);
    expect(answer.body.accepted).toEqual([]);
    expect(answer.body.rejected.map((r: { errors: object }) => Object.keys(r.errors))).toEqual([
      ["member"],
      ["member"],
    ]);
    expect(await storedWeek(a.ctx.org.id, a.memberId, "2026-11-16")).toBeUndefined();
    // Event ids are per organization: A may use an id B already used.
    await send(b.key, [{ id: "shared", member: b.memberId, at: "2026-11-16T09:00:00Z", metric: "calls" }]);
    const own = await send(a.key, [
      { id: "shared", member: a.memberId, at: "2026-11-16T09:00:00Z", metric: "calls" },
    ]);
    expect(own.body.accepted[0].duplicate).toBe(false);
  });
});
