import "server-only";
// Correcting a member's name and start date. The start date is where tenure week 1 begins
// (the benchmark) and where a salary starts to cost (profitability), so a typo there moves
// every ramp and payback figure: each correction is audited with before and after.
import { and, eq } from "drizzle-orm";
import { members } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { assertCan, canManageMemberWithRole } from "@/lib/permissions";

export interface MemberDetails {
  name: string;
  /** YYYY-MM-DD. */
  startedOn: string;
}

export async function getMemberDetails(ctx: OrgContext, memberId: string) {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  const [row] = await inOrg(ctx, (tx) =>
    tx
      .select({ id: members.id, name: members.name, startedOn: members.startedOn, role: members.role })
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId))),
  );
  if (!row) throw new NotFoundError("member");
  return row;
}

/** A manager corrects reps and managers (and themselves); an owner corrects anyone. */
export async function correctMemberDetails(ctx: OrgContext, memberId: string, next: MemberDetails) {
  assertCan(ctx.role, "members.manage");
  if (!isUuid(memberId)) throw new NotFoundError("member");
  await inOrg(ctx, async (tx) => {
    const [before] = await tx
      .select({ name: members.name, startedOn: members.startedOn, role: members.role })
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)))
      .for("update");
    if (!before) throw new NotFoundError("member");
    if (!canManageMemberWithRole(ctx.role, before.role) && ctx.member?.id !== memberId) {
      throw new ForbiddenError("members.manage");
    }
    if (before.name === next.name && before.startedOn === next.startedOn) return;
    await tx
      .update(members)
      .set({ name: next.name, startedOn: next.startedOn })
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)));
    await recordAudit(tx, ctx, {
      action: "member.details_corrected",
      subjectType: "member",
      subjectId: memberId,
      before: { name: before.name, startedOn: before.startedOn },
      after: next,
    });
  });
}
