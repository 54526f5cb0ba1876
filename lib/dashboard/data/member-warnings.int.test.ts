// The early warnings stored per member (member_warnings, migration 0017) must always equal
// the warnings judged afresh from the weeks: after writes of every kind, for another last
// week, after a metric is retired. A stored row is served while the member's weeks are
// unchanged (shown by planting a marker in it), and judged again once they change.
import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, memberWarnings, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { judgeWarnings, WARNING_WINDOW_WEEKS } from "@/lib/dashboard/early-warnings-view";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { setMetricRetired } from "@/lib/entries/data/funnel-admin";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { loadKpiSetup, loadWeekRecords } from "./kpi-data";
import { currentMemberWarnings } from "./member-warnings";

const NOW = new Date("2026-11-25T10:00:00Z");
// The last complete week at NOW (a Wednesday of 2026-W48).
const LAST_WEEK = "2026-W47";

const sorted = (warnings: ReadonlyMap<string, readonly unknown[]>) =>
  Object.fromEntries(
    [...warnings].filter(([, items]) => items.length > 0).sort(([a], [b]) => a.localeCompare(b)),
  );

async function afresh(ctx: OrgContext, toWeek: string) {
  const setup = await loadKpiSetup(ctx);
  const records = await loadWeekRecords(ctx, {
    fromWeekStart: mondayDateOfIsoWeek(addIsoWeeks(toWeek, -(WARNING_WINDOW_WEEKS - 1))),
    toWeekStart: mondayDateOfIsoWeek(toWeek),
  });
  return judgeWarnings(
    setup.metrics,
    setup.members.map((m) => m.id),
    records,
    toWeek,
  );
}

async function stored(ctx: OrgContext, toWeek: string) {
  return currentMemberWarnings(ctx, (await loadKpiSetup(ctx)).metrics, toWeek);
}

async function versionsOf(orgId: string) {
  const db = await testDb();
  const rows = await db
    .select({ id: members.id, version: members.entriesVersion })
    .from(members)
    .where(eq(members.orgId, orgId));
  return Object.fromEntries(rows.map((row) => [row.id, row.version]));
}

describeDb("early warnings stored per member", () => {
  it("equal the warnings judged afresh, through writes of every kind, and are served until the weeks change", async () => {
    const org = await newOrg({ today: "2025-01-06" });
    await seedBenchHistory(org.ctx, { reps: 6, weeks: 40, seed: 11, now: NOW });
    const db = await testDb();
    const orgId = org.ctx.org.id;
    const reps = (
      await db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.orgId, orgId), eq(members.role, "rep")))
        .orderBy(members.email)
    ).map((m) => m.id);
    const [collapsing, steady, other] = reps as [string, string, string];
    const at = (memberId: string, week: string) =>
      and(
        eq(weeklyEntries.orgId, orgId),
        eq(weeklyEntries.memberId, memberId),
        eq(weeklyEntries.weekStart, mondayDateOfIsoWeek(week)),
      );
    // One rep's last week collapses: no appointment from many conversations.
    await db
      .update(weeklyEntries)
      .set({ values: { calls: 120, conversations: 60, appointments: 0, hours: 30 } })
      .where(at(collapsing, LAST_WEEK));

    const first = await stored(org.ctx, LAST_WEEK);
    expect(sorted(first)).toEqual(sorted(await afresh(org.ctx, LAST_WEEK)));
    expect(first.get(collapsing)?.length).toBeGreaterThan(0);
    const rows = await db.select().from(memberWarnings).where(eq(memberWarnings.orgId, orgId));
    expect(rows).toHaveLength(reps.length + 1); // the owner too

    // Served from the store while the rep's weeks are unchanged: a planted marker shows.
    const marker = [{ ratioKey: "marker", kind: "run", side: "above", weeks: 99, latestWeek: LAST_WEEK }];
    await db
      .update(memberWarnings)
      .set({ items: marker })
      .where(and(eq(memberWarnings.orgId, orgId), eq(memberWarnings.memberId, steady)));
    expect((await stored(org.ctx, LAST_WEEK)).get(steady)).toEqual(marker);

    // A write to the rep's weeks makes it stale: judged again, marker gone.
    const before = await versionsOf(orgId);
    await db
      .update(weeklyEntries)
      .set({ values: { calls: 100, conversations: 41, appointments: 9, hours: 30 } })
      .where(at(steady, addIsoWeeks(LAST_WEEK, -3)));
    const after = await versionsOf(orgId);
    expect(after[steady]).toBe((before[steady] ?? 0) + 1);
    expect(after[collapsing]).toBe(before[collapsing]);
    expect(sorted(await stored(org.ctx, LAST_WEEK))).toEqual(sorted(await afresh(org.ctx, LAST_WEEK)));

    // One statement writing several weeks of two reps counts once on each.
    await db.insert(weeklyEntries).values(
      [collapsing, other].flatMap((memberId) =>
        [1, 2].map((i) => ({
          orgId,
          memberId,
          weekStart: mondayDateOfIsoWeek(addIsoWeeks(LAST_WEEK, i)),
          values: { calls: 50, conversations: 20, appointments: 5 },
        })),
      ),
    );
    const bumped = await versionsOf(orgId);
    expect(bumped[collapsing]).toBe((after[collapsing] ?? 0) + 1);
    expect(bumped[other]).toBe((after[other] ?? 0) + 1);
    expect(bumped[steady]).toBe(after[steady]);

    // Every other kind of write: a week off, a week moved, a week deleted.
    await db.update(weeklyEntries).set({ notWorked: true }).where(at(other, LAST_WEEK));
    await db
      .update(weeklyEntries)
      .set({ weekStart: mondayDateOfIsoWeek(addIsoWeeks(LAST_WEEK, 5)) })
      .where(at(steady, LAST_WEEK));
    await db.delete(weeklyEntries).where(at(collapsing, addIsoWeeks(LAST_WEEK, -1)));
    expect(sorted(await stored(org.ctx, LAST_WEEK))).toEqual(sorted(await afresh(org.ctx, LAST_WEEK)));

    // Another last week, and a ratio fewer, are another basis: everyone is judged again.
    const earlier = addIsoWeeks(LAST_WEEK, -6);
    expect(sorted(await stored(org.ctx, earlier))).toEqual(sorted(await afresh(org.ctx, earlier)));
    await setMetricRetired(org.ctx, "hours", true);
    await db.update(memberWarnings).set({ items: marker }).where(eq(memberWarnings.orgId, orgId));
    expect(sorted(await stored(org.ctx, LAST_WEEK))).toEqual(sorted(await afresh(org.ctx, LAST_WEEK)));

    // A member removed with their weeks takes their stored warnings along.
    const leaving = await addMember(org);
    await db.insert(weeklyEntries).values({
      orgId,
      memberId: leaving.memberId,
      weekStart: mondayDateOfIsoWeek(LAST_WEEK),
      values: { calls: 5 },
    });
    await stored(org.ctx, LAST_WEEK);
    await db.delete(members).where(and(eq(members.orgId, orgId), eq(members.id, leaving.memberId)));
    const left = await db
      .select()
      .from(memberWarnings)
      .where(and(eq(memberWarnings.orgId, orgId), eq(memberWarnings.memberId, leaving.memberId)));
    expect(left).toEqual([]);
  });

  it("stay within their organization", async () => {
    const a = await newOrg({ today: "2025-01-06" });
    const b = await newOrg({ today: "2025-01-06" });
    await seedBenchHistory(a.ctx, { reps: 3, weeks: 30, seed: 5, now: NOW });
    await seedBenchHistory(b.ctx, { reps: 2, weeks: 30, seed: 6, now: NOW });
    await stored(a.ctx, LAST_WEEK);
    const fromB = await stored(b.ctx, LAST_WEEK);
    const bMembers = Object.keys(await versionsOf(b.ctx.org.id));
    for (const id of fromB.keys()) expect(bMembers).toContain(id);
    const db = await testDb();
    const rows = await db.execute(
      sql`select org_id::text as org_id, count(*)::int as n from member_warnings
          where org_id in (${a.ctx.org.id}, ${b.ctx.org.id}) group by org_id`,
    );
    const counts = Object.fromEntries(
      (Array.isArray(rows) ? rows : (rows as { rows: { org_id: string; n: number }[] }).rows).map(
        (row: { org_id: string; n: number }) => [row.org_id, Number(row.n)],
      ),
    );
    expect(counts).toEqual({ [a.ctx.org.id]: 4, [b.ctx.org.id]: 3 });
  });
});
