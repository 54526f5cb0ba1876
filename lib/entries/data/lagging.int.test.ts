import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, laggingResults, members } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addRepWithoutLogin, newOrg as signUpOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { saveLaggingResultDefinition } from "@/lib/dashboard/results-definitions";
import { listLaggingResults } from "./lagging";

async function newOrg() {
  const { ctx, slug, userId } = await signUpOrg({ today: "2026-09-01" });
  const repId = await addRepWithoutLogin(ctx, { status: "active", startedOn: "2026-09-07" });
  return { ctx, slug, userId, repId };
}

const input = (memberId: string, extra: Record<string, string> = {}) => ({
  memberId,
  period: "2026-W38",
  appointmentsHeld: "3",
  dealsWon: "1",
  revenueWon: "4.500,50",
  ...extra,
});

describeDb("lagging results", () => {
  it("a manager saves, replaces and reads results, each change audited with before and after", async () => {
    const a = await newOrg();
    const first = await executeOrgAction(saveLaggingResultDefinition, a.userId, a.slug, input(a.repId));
    expect(first.ok).toBe(true);
    const second = await executeOrgAction(
      saveLaggingResultDefinition,
      a.userId,
      a.slug,
      input(a.repId, { dealsWon: "2", revenueWon: "9000" }),
    );
    expect(second.ok).toBe(true);
    const month = await executeOrgAction(
      saveLaggingResultDefinition,
      a.userId,
      a.slug,
      input(a.repId, { period: "2026-10", appointmentsHeld: "0", dealsWon: "0", revenueWon: "0" }),
    );
    expect(month.ok).toBe(true);

    const rows = await listLaggingResults(a.ctx, { fromWeekStart: "2026-09-01", toWeekStart: "2026-12-31" });
    expect(rows).toEqual([
      { memberId: a.repId, weekStart: "2026-09-14", appointmentsHeld: 3, dealsWon: 2, revenueWon: 9000 },
      { memberId: a.repId, weekStart: "2026-09-28", appointmentsHeld: 0, dealsWon: 0, revenueWon: 0 },
    ]);
    const db = await testDb();
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.ctx.org.id), eq(auditEvents.subjectType, "lagging_result")));
    const byAction = events.map((e) => e.action).sort();
    expect(byAction).toEqual(["lagging_result.created", "lagging_result.created", "lagging_result.updated"]);
    const update = events.find((e) => e.action === "lagging_result.updated");
    expect(update?.before).toEqual({ appointmentsHeld: 3, dealsWon: 1, revenueWon: 4500.5 });
    expect(update?.after).toEqual({ appointmentsHeld: 3, dealsWon: 2, revenueWon: 9000 });
    expect(update?.actorUserId).toBe(a.userId);
  });

  it("refuses reps, members of other organizations and other organizations' reps; nothing changes", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const db = await testDb();

    const foreignCaller = await executeOrgAction(
      saveLaggingResultDefinition,
      b.userId,
      a.slug,
      input(a.repId),
    );
    expect(foreignCaller).toMatchObject({ ok: false, code: "not_found", status: 404 });

    const foreignRep = await executeOrgAction(saveLaggingResultDefinition, a.userId, a.slug, input(b.repId));
    expect(foreignRep).toMatchObject({ ok: false, code: "not_found", status: 404 });

    await db.update(members).set({ role: "rep" }).where(eq(members.id, a.ctx.member!.id));
    const rep = await executeOrgAction(saveLaggingResultDefinition, a.userId, a.slug, input(a.repId));
    expect(rep).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    await db.update(members).set({ role: "owner" }).where(eq(members.id, a.ctx.member!.id));

    const invalid = await executeOrgAction(
      saveLaggingResultDefinition,
      a.userId,
      a.slug,
      input(a.repId, { period: "soon", dealsWon: "-2" }),
    );
    expect(invalid).toMatchObject({
      ok: false,
      code: "validation_failed",
      fields: { period: { key: "weekOrMonth" }, dealsWon: { key: "wholeNumberNotNegative" } },
    });

    for (const orgId of [a.ctx.org.id, b.ctx.org.id]) {
      expect(await db.select().from(laggingResults).where(eq(laggingResults.orgId, orgId))).toEqual([]);
    }
    expect(
      await listLaggingResults(b.ctx, { fromWeekStart: "2000-01-01", toWeekStart: "2100-01-01" }),
    ).toEqual([]);
  });
});

describeDb("lagging results summed per member", () => {
  it("equal the totals of the weekly rows, per member and for the team, within the range and the organization", async () => {
    const { saveLaggingResult, sumLaggingResultsByMember } = await import("./lagging");
    const { laggingTotals } = await import("@/lib/dashboard/lagging-view");
    const a = await newOrg();
    const b = await newOrg();
    const second = await addRepWithoutLogin(a.ctx, { status: "active", startedOn: "2026-09-07" });
    const save = (ctx: typeof a.ctx, memberId: string, weekStart: string, revenueWon: number) =>
      saveLaggingResult(ctx, { memberId, weekStart, appointmentsHeld: 3, dealsWon: 1, revenueWon });
    await save(a.ctx, a.repId, "2026-09-07", 1000.1);
    await save(a.ctx, a.repId, "2026-09-14", 2000.2);
    await save(a.ctx, second, "2026-09-14", 0.05);
    // Outside the range, and another organization's: not counted.
    await save(a.ctx, a.repId, "2026-10-05", 99);
    await save(b.ctx, b.repId, "2026-09-14", 5000);
    const range = { fromWeekStart: "2026-09-07", toWeekStart: "2026-09-28" };

    const sums = await sumLaggingResultsByMember(a.ctx, range);
    expect(sums.map((s) => s.memberId).sort()).toEqual([a.repId, second].sort());
    expect(laggingTotals(sums)).toEqual(laggingTotals(await listLaggingResults(a.ctx, range)));
    expect(laggingTotals(sums).byMember[a.repId]).toEqual({
      appointmentsHeld: 6,
      dealsWon: 2,
      revenueWon: 3000.3,
      weeksEntered: 2,
    });
    expect(laggingTotals(sums).team.revenueWon).toBe(3000.35);
    expect(
      await sumLaggingResultsByMember(a.ctx, { fromWeekStart: "2027-01-04", toWeekStart: "2027-01-04" }),
    ).toEqual([]);
  });
});
