import "server-only";
// What each rep costs (per hour or per month), for profitability. Pay is sensitive: callers
// check costs.read / costs.manage; every change is audited with before and after.
import { and, eq } from "drizzle-orm";
import { memberCosts, members } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { CostModel } from "@/lib/kpi/profitability";
import { recordAudit } from "./audit";
import { inOrg, type OrgContext } from "./tenant-tx";

const toModel = (row: { kind: "hourly" | "monthly"; amount: number }): CostModel =>
  row.kind === "hourly"
    ? { kind: "hourly", ratePerHour: row.amount }
    : { kind: "monthly", perMonth: row.amount };

/** Member id -> what they cost; members without a cost are absent. */
export async function listMemberCosts(ctx: OrgContext): Promise<Map<string, CostModel>> {
  const rows = await inOrg(ctx, (tx) =>
    tx
      .select({ memberId: memberCosts.memberId, kind: memberCosts.kind, amount: memberCosts.amount })
      .from(memberCosts)
      .where(eq(memberCosts.orgId, ctx.org.id)),
  );
  return new Map(rows.map((row) => [row.memberId, toModel(row)]));
}

/** Sets (or, with null, clears) a member's cost. Another organization's member is not found. */
export async function setMemberCost(
  ctx: OrgContext,
  memberId: string,
  cost: { kind: "hourly" | "monthly"; amount: number } | null,
): Promise<void> {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  await inOrg(ctx, async (tx) => {
    const [member] = await tx
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)));
    if (!member) throw new NotFoundError("member");
    const where = and(eq(memberCosts.orgId, ctx.org.id), eq(memberCosts.memberId, memberId));
    const [before] = await tx
      .select({ kind: memberCosts.kind, amount: memberCosts.amount })
      .from(memberCosts)
      .where(where)
      .for("update");
    if (cost === null) {
      if (!before) return;
      await tx.delete(memberCosts).where(where);
    } else {
      if (before && before.kind === cost.kind && before.amount === cost.amount) return;
      await tx
        .insert(memberCosts)
        .values({ orgId: ctx.org.id, memberId, ...cost })
        .onConflictDoUpdate({
          target: [memberCosts.orgId, memberCosts.memberId],
          set: { ...cost, updatedAt: new Date() },
        });
    }
    await recordAudit(tx, ctx, {
      action: cost === null ? "member_cost.cleared" : "member_cost.set",
      subjectType: "member",
      subjectId: memberId,
      before: before ?? null,
      after: cost,
    });
  });
}
