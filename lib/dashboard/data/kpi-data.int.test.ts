import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { metrics, organizations, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addRepWithoutLogin, newOrg as signUpOrg } from "@/db/test/orgs";
import { computeKpis } from "@/lib/kpi/kpis";
import { loadKpiSetup, loadWeekRecords } from "./kpi-data";

async function newOrg() {
  const { ctx } = await signUpOrg({ today: "2026-09-01" });
  return { ctx, repId: await addRepWithoutLogin(ctx, { status: "deactivated", startedOn: "2026-09-07" }) };
}

describeDb("the dashboards' data", () => {
  it("reads the funnel (retired metrics flagged), the people and the target precision", async () => {
    const { ctx, repId } = await newOrg();
    const db = await testDb();
    await db.update(organizations).set({ kpiRelativePrecision: 0.3 }).where(eq(organizations.id, ctx.org.id));
    await db
      .update(metrics)
      .set({ retiredAt: new Date(), label: "Old callbacks" })
      .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, "longCallbacks")));
    const setup = await loadKpiSetup(ctx);
    expect(setup.relativePrecision).toBe(0.3);
    expect(setup.currency).toBe("EUR");
    expect(setup.metrics.map((m) => m.key)).toContain("calls");
    expect(setup.metrics.find((m) => m.key === "conversations")).toEqual({
      key: "conversations",
      kind: "stage",
      of: "calls",
      position: 2,
      retired: false,
    });
    expect(setup.metrics.find((m) => m.key === "longCallbacks")?.retired).toBe(true);
    expect(setup.labels.longCallbacks).toBe("Old callbacks");
    expect(setup.members.find((m) => m.id === repId)).toMatchObject({ status: "deactivated", role: "rep" });
  });

  it("reads a range of weeks as week records, only of this organization, optionally one member", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const db = await testDb();
    const entry = (orgId: string, memberId: string, weekStart: string, values: Record<string, number>) => ({
      orgId,
      memberId,
      weekStart,
      values,
    });
    await db
      .insert(weeklyEntries)
      .values([
        entry(a.ctx.org.id, a.repId, "2026-09-07", { calls: 60, conversations: 20, appointments: 5 }),
        entry(a.ctx.org.id, a.repId, "2026-09-14", { calls: 46, conversations: 18, appointments: 4 }),
        { ...entry(a.ctx.org.id, a.ctx.member!.id, "2026-09-14", {}), notWorked: true },
        entry(a.ctx.org.id, a.repId, "2026-09-21", { calls: 999 }),
        entry(b.ctx.org.id, b.repId, "2026-09-14", { calls: 5000, conversations: 1 }),
      ]);
    const records = await loadWeekRecords(a.ctx, { fromWeekStart: "2026-09-07", toWeekStart: "2026-09-14" });
    expect(records).toHaveLength(3);
    expect(records.map((r) => r.week).sort()).toEqual(["2026-W37", "2026-W38", "2026-W38"]);
    const kpis = computeKpis({ metrics: (await loadKpiSetup(a.ctx)).metrics, weeks: records });
    expect(kpis.totals).toMatchObject({ calls: 106, conversations: 38, appointments: 9 });
    expect(kpis.weeksOff).toBe(1);

    const own = await loadWeekRecords(a.ctx, {
      fromWeekStart: "2026-09-01",
      toWeekStart: "2026-12-31",
      memberId: a.ctx.member!.id,
    });
    expect(own).toEqual([{ memberId: a.ctx.member!.id, week: "2026-W38", notWorked: true, values: {} }]);
    // Another organization's member id reads nothing, even when asked for by id.
    expect(
      await loadWeekRecords(a.ctx, {
        fromWeekStart: "2026-01-01",
        toWeekStart: "2026-12-31",
        memberId: b.repId,
      }),
    ).toEqual([]);
  });

  it("drops values the engine would refuse instead of failing the page", async () => {
    const { ctx, repId } = await newOrg();
    const db = await testDb();
    await db.insert(weeklyEntries).values({
      orgId: ctx.org.id,
      memberId: repId,
      weekStart: "2026-09-07",
      values: { calls: 10, conversations: -1, note: "x" } as unknown as Record<string, number>,
    });
    const [record] = await loadWeekRecords(ctx, { fromWeekStart: "2026-09-07", toWeekStart: "2026-09-07" });
    expect(record?.values).toEqual({ calls: 10 });
  });
});

describeDb("the recent weeks kept in memory", () => {
  it("are the same records while nobody's weeks change, read again after any write, apart per organization", async () => {
    const { forgetKeptResults } = await import("@/lib/data/kept-results");
    const { seedBenchHistory } = await import("@/lib/admin/data/bench-seed");
    const { loadKeptWeekRecords } = await import("./kpi-data");
    const now = new Date("2026-11-25T10:00:00Z");
    const { ctx } = await signUpOrg({ today: "2026-01-05" });
    const { ctx: otherCtx } = await signUpOrg({ today: "2026-01-05" });
    await seedBenchHistory(ctx, { reps: 3, weeks: 10, seed: 5, now });
    await seedBenchHistory(otherCtx, { reps: 3, weeks: 10, seed: 5, now });
    const range = { fromWeekStart: "2026-10-05", toWeekStart: "2026-11-23" };

    const first = await loadKeptWeekRecords(ctx, range);
    expect(first.length).toBeGreaterThan(0);
    // The very records loadWeekRecords reads, shared (hence frozen) while nothing changes.
    expect(first).toEqual(await loadWeekRecords(ctx, range));
    expect(Object.isFrozen(first)).toBe(true);
    expect(await loadKeptWeekRecords(ctx, range)).toBe(first);
    // Another range, another organization: their own.
    expect(await loadKeptWeekRecords(ctx, { ...range, fromWeekStart: "2026-11-02" })).not.toBe(first);
    const others = await loadKeptWeekRecords(otherCtx, range);
    expect(others).not.toBe(first);
    expect(others.every((r) => !first.some((mine) => mine.memberId === r.memberId))).toBe(true);

    // A week saved: read again, equal to a read with nothing kept.
    const db = await testDb();
    const [week] = await db
      .select()
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, ctx.org.id), eq(weeklyEntries.weekStart, "2026-11-16")))
      .limit(1);
    if (!week) throw new Error("the seed has weeks");
    await db
      .update(weeklyEntries)
      .set({ values: { ...week.values, calls: 999 } })
      .where(
        and(
          eq(weeklyEntries.orgId, ctx.org.id),
          eq(weeklyEntries.memberId, week.memberId),
          eq(weeklyEntries.weekStart, week.weekStart),
        ),
      );
    const after = await loadKeptWeekRecords(ctx, range);
    expect(after).not.toBe(first);
    expect(after.find((r) => r.memberId === week.memberId && r.week === "2026-W47")?.values.calls).toBe(999);
    forgetKeptResults();
    expect(await loadKeptWeekRecords(ctx, range)).toEqual(after);
    // The other organization's kept records were not touched by this one's write.
    expect(await loadKeptWeekRecords(otherCtx, range)).toEqual(others);
  });
});
