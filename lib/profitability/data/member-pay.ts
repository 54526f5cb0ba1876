import "server-only";
// What each rep is paid, with its history: each change applies from the week of its
// effective date. Pay is sensitive: callers check costs.read / costs.manage; every change is
// audited with before and after.
import { and, asc, eq } from "drizzle-orm";
import { memberPay, members } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { PayChange } from "@/lib/kpi/profitability";

const payColumns = {
  memberId: memberPay.memberId,
  kind: memberPay.kind,
  amount: memberPay.amount,
  effectiveFrom: memberPay.effectiveFrom,
};

/** Member id -> their pay changes, oldest first; members without pay are absent. */
export async function listPayHistories(ctx: OrgContext): Promise<Map<string, PayChange[]>> {
  const rows = await inOrg(ctx, (tx) =>
    tx
      .select(payColumns)
      .from(memberPay)
      .where(eq(memberPay.orgId, ctx.org.id))
      .orderBy(asc(memberPay.memberId), asc(memberPay.effectiveFrom)),
  );
  const histories = new Map<string, PayChange[]>();
  for (const { memberId, ...change } of rows) {
    const history = histories.get(memberId) ?? [];
    history.push(change);
    histories.set(memberId, history);
  }
  return histories;
}

async function lockMember(tx: Tx, ctx: OrgContext, memberId: string) {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  const [member] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)))
    .for("update");
  if (!member) throw new NotFoundError("member");
}

async function historyOf(tx: Tx, ctx: OrgContext, memberId: string): Promise<PayChange[]> {
  const rows = await tx
    .select(payColumns)
    .from(memberPay)
    .where(and(eq(memberPay.orgId, ctx.org.id), eq(memberPay.memberId, memberId)))
    .orderBy(asc(memberPay.effectiveFrom));
  return rows.map(({ memberId: _member, ...change }) => change);
}

/**
 * Records a pay change from its effective date (a change on the same date replaces it) and
 * returns the member's pay history. Another organization's member is not found.
 */
export async function setMemberPay(
  ctx: OrgContext,
  memberId: string,
  change: PayChange,
): Promise<PayChange[]> {
  return inOrg(ctx, async (tx) => {
    await lockMember(tx, ctx, memberId);
    const before = (await historyOf(tx, ctx, memberId)).find((c) => c.effectiveFrom === change.effectiveFrom);
    if (before && before.kind === change.kind && before.amount === change.amount) {
      return historyOf(tx, ctx, memberId);
    }
    await tx
      .insert(memberPay)
      .values({ orgId: ctx.org.id, memberId, ...change })
      .onConflictDoUpdate({
        target: [memberPay.orgId, memberPay.memberId, memberPay.effectiveFrom],
        set: { kind: change.kind, amount: change.amount },
      });
    await recordAudit(tx, ctx, {
      action: "member_pay.set",
      subjectType: "member",
      subjectId: memberId,
      before: before ?? null,
      after: change,
    });
    return historyOf(tx, ctx, memberId);
  });
}

/** Removes the pay change of one effective date (a typing error); not found when there is none. */
export async function removeMemberPay(ctx: OrgContext, memberId: string, effectiveFrom: string) {
  return inOrg(ctx, async (tx) => {
    await lockMember(tx, ctx, memberId);
    const [removed] = await tx
      .delete(memberPay)
      .where(
        and(
          eq(memberPay.orgId, ctx.org.id),
          eq(memberPay.memberId, memberId),
          eq(memberPay.effectiveFrom, effectiveFrom),
        ),
      )
      .returning({ kind: memberPay.kind, amount: memberPay.amount, effectiveFrom: memberPay.effectiveFrom });
    if (!removed) throw new NotFoundError("payChange");
    await recordAudit(tx, ctx, {
      action: "member_pay.removed",
      subjectType: "member",
      subjectId: memberId,
      before: removed,
      after: null,
    });
    return historyOf(tx, ctx, memberId);
  });
}
