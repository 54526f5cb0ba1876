import "server-only";
// Lagging results (appointments held, deals won, revenue won), entered later per rep per week;
// a month is entered on the week that holds its first day.
import { and, asc, eq, sql } from "drizzle-orm";
import { laggingResults, members } from "@/db/schema";
import type { LaggingEntry } from "@/lib/dashboard/lagging-view";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, inOrgRead, type OrgContext } from "@/lib/data/tenant-tx";
import { inWeekRange, type WeekRange } from "@/lib/data/week-range";
import { NotFoundError } from "@/lib/errors";

export interface LaggingResult {
  memberId: string;
  /** Monday, "YYYY-MM-DD". */
  weekStart: string;
  appointmentsHeld: number;
  dealsWon: number;
  revenueWon: number;
}

export async function listLaggingResults(ctx: OrgContext, range: WeekRange): Promise<LaggingResult[]> {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        memberId: laggingResults.memberId,
        weekStart: laggingResults.weekStart,
        appointmentsHeld: laggingResults.appointmentsHeld,
        dealsWon: laggingResults.dealsWon,
        revenueWon: laggingResults.revenueWon,
      })
      .from(laggingResults)
      .where(inWeekRange(laggingResults, ctx.org.id, range))
      .orderBy(asc(laggingResults.weekStart), asc(laggingResults.memberId)),
  );
}

/**
 * Each member's results summed over the range, with the number of weeks summed: what the team
 * page's leading/lagging table needs, one row per member whatever the period's length.
 */
export async function sumLaggingResultsByMember(ctx: OrgContext, range: WeekRange): Promise<LaggingEntry[]> {
  const rows = await inOrgRead(ctx, (tx) =>
    tx
      .select({
        memberId: laggingResults.memberId,
        appointmentsHeld: sql<number>`sum(${laggingResults.appointmentsHeld})::int`,
        dealsWon: sql<number>`sum(${laggingResults.dealsWon})::int`,
        // numeric sums exactly; as text, so that no float rounds it on the way.
        revenueWon: sql<string>`sum(${laggingResults.revenueWon})::text`,
        weeks: sql<number>`count(*)::int`,
      })
      .from(laggingResults)
      .where(inWeekRange(laggingResults, ctx.org.id, range))
      .groupBy(laggingResults.memberId)
      .orderBy(asc(laggingResults.memberId)),
  );
  return rows.map((row) => ({ ...row, revenueWon: Number(row.revenueWon) }));
}

/** Sets one rep's results for one week (replacing what was there), with an audit event. */
export async function saveLaggingResult(ctx: OrgContext, input: LaggingResult): Promise<void> {
  await inOrg(ctx, async (tx) => {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, input.memberId)));
    if (!member) throw new NotFoundError("member");
    const [before] = await tx
      .select({
        appointmentsHeld: laggingResults.appointmentsHeld,
        dealsWon: laggingResults.dealsWon,
        revenueWon: laggingResults.revenueWon,
      })
      .from(laggingResults)
      .where(
        and(
          eq(laggingResults.orgId, ctx.org.id),
          eq(laggingResults.memberId, input.memberId),
          eq(laggingResults.weekStart, input.weekStart),
        ),
      )
      .for("update");
    const values = {
      appointmentsHeld: input.appointmentsHeld,
      dealsWon: input.dealsWon,
      revenueWon: input.revenueWon,
    };
    // The tenant is part of the key the upsert conflicts on, so it can only touch this org's row.
    await tx
      .insert(laggingResults)
      .values({ orgId: ctx.org.id, memberId: input.memberId, weekStart: input.weekStart, ...values })
      .onConflictDoUpdate({
        target: [laggingResults.orgId, laggingResults.memberId, laggingResults.weekStart],
        set: { ...values, updatedAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: before ? "lagging_result.updated" : "lagging_result.created",
      subjectType: "lagging_result",
      subjectId: `${input.memberId}:${input.weekStart}`,
      before: before ?? null,
      after: values,
    });
  });
}
