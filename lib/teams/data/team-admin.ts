import "server-only";
// Changing who is in the team and with which role. Every change locks the organization's
// active owners (always in the same order) and the member it touches, then applies the
// membership rules (lib/teams/membership-rules.ts) to those locked rows and writes in the
// same transaction: two concurrent demotions cannot leave the organization without an
// owner. Deactivation and role changes take effect on the member's very next request,
// because every request reads the membership from the database (lib/tenant.ts).
import { and, asc, eq } from "drizzle-orm";
import { invitations, type Member, type MemberStatus, members, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import {
  checkLeave,
  checkMemberChange,
  type MemberState,
  type RuleVerdict,
} from "@/lib/teams/membership-rules";
import { pendingInvitationsOf, revokePendingInvitationsOf } from "./invitations";
import { erasedEmail } from "./member-erasure";
import { memberColumns } from "./members";

function refuse(verdict: Exclude<RuleVerdict, null>): never {
  switch (verdict) {
    case "lastOwner":
      throw new ConflictError({ key: "lastOwner" });
    case "cannotGrantRole":
      throw new ValidationError({ role: { key: "cannotGrantRole" } });
    case "cannotManageOwner":
    case "forbidden":
      throw new ForbiddenError("members.manage");
  }
}

/** Locks the active owners and returns how many there are. */
async function lockActiveOwners(tx: Tx, ctx: OrgContext): Promise<number> {
  const owners = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.orgId, ctx.org.id), eq(members.role, "owner"), eq(members.status, "active")))
    .orderBy(asc(members.id))
    .for("update");
  return owners.length;
}

/** The member row, locked for this transaction; NotFoundError outside the organization. */
export async function lockMember(tx: Tx, ctx: OrgContext, memberId: string): Promise<Member> {
  const [member] = await tx
    .select()
    .from(members)
    .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)))
    .for("update");
  if (!member) throw new NotFoundError("member");
  return member;
}

/**
 * The actor's role as it is now, not as it was when the request began: a manager demoted
 * a moment ago must not finish a change with the old role. API keys act as a manager.
 */
async function actorRole(tx: Tx, ctx: OrgContext): Promise<Role> {
  if (!ctx.member) return ctx.role;
  const [actor] = await tx
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.orgId, ctx.org.id), eq(members.id, ctx.member.id), eq(members.status, "active")));
  if (!actor) throw new NotFoundError("organization");
  return actor.role;
}

const AUDIT_ACTION = {
  role: "member.role_changed",
  deactivate: "member.deactivated",
  reactivate: "member.reactivated",
  leave: "member.left",
} as const;

async function applyChange(
  tx: Tx,
  ctx: OrgContext,
  target: Member,
  after: MemberState,
  kind: keyof typeof AUDIT_ACTION,
) {
  if (after.role === target.role && after.status === target.status) return; // nothing to do
  await tx
    .update(members)
    .set({
      role: after.role,
      status: after.status,
      // Employment (and a salary's cost) ends in the week of the deactivation.
      ...(after.status !== target.status
        ? { deactivatedAt: after.status === "deactivated" ? new Date() : null }
        : {}),
    })
    .where(and(eq(members.orgId, ctx.org.id), eq(members.id, target.id)));
  if (after.status === "deactivated") await revokePendingInvitationsOf(tx, ctx, target.id);
  if (after.role !== target.role) {
    // A pending invitation joins with the member's role; keep its record in step.
    await tx.update(invitations).set({ role: after.role }).where(pendingInvitationsOf(ctx, target.id));
  }
  await recordAudit(tx, ctx, {
    action: AUDIT_ACTION[kind],
    subjectType: "member",
    subjectId: target.id,
    before: { name: target.name, role: target.role, status: target.status },
    after: { name: target.name, role: after.role, status: after.status },
  });
}

async function changeMember(
  ctx: OrgContext,
  memberId: string,
  kind: "role" | "deactivate" | "reactivate",
  next: (target: Member) => MemberState,
) {
  assertCan(ctx.role, "members.manage");
  await inOrg(ctx, async (tx) => {
    const owners = await lockActiveOwners(tx, ctx);
    const target = await lockMember(tx, ctx, memberId);
    const role = await actorRole(tx, ctx);
    const after = next(target);
    const verdict = checkMemberChange(role, target, after, owners);
    if (verdict) refuse(verdict);
    await applyChange(tx, ctx, target, after, kind);
  });
}

export function changeMemberRole(ctx: OrgContext, memberId: string, role: Role) {
  return changeMember(ctx, memberId, "role", (target) => ({ role, status: target.status }));
}

/** Removes a member: no access from their next request on; their history stays in every report. */
export function deactivateMember(ctx: OrgContext, memberId: string) {
  return changeMember(ctx, memberId, "deactivate", (target) => ({
    role: target.role,
    status: "deactivated",
  }));
}

/** Back in: active again with an account, else invited again (and a new link can be sent). */
export function reactivateMember(ctx: OrgContext, memberId: string) {
  return changeMember(ctx, memberId, "reactivate", (target) => {
    // An erased former member has no name or address left to come back with.
    if (target.email === erasedEmail(target.id)) throw new ConflictError({ key: "erasedCannotReturn" });
    const status: MemberStatus =
      target.status !== "deactivated" ? target.status : target.userId ? "active" : "invited";
    return { role: target.role, status };
  });
}

/** The signed-in member leaves the organization (deactivated like a removal). */
export async function leaveOrganization(ctx: OrgContext) {
  const self = ctx.member;
  if (!self) throw new NotFoundError("member");
  await inOrg(ctx, async (tx) => {
    const owners = await lockActiveOwners(tx, ctx);
    const target = await lockMember(tx, ctx, self.id);
    if (target.status !== "active") throw new NotFoundError("organization");
    const verdict = checkLeave(target, owners);
    if (verdict) refuse(verdict);
    await applyChange(tx, ctx, target, { role: target.role, status: "deactivated" }, "leave");
  });
}

export interface TeamMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  startedOn: string;
  hasAccount: boolean;
}

/** Everyone in the organization, departed members too (they can be reactivated). */
export async function listTeam(ctx: OrgContext): Promise<TeamMember[]> {
  const rows = await inOrg(ctx, (tx) =>
    tx
      .select({ ...memberColumns, userId: members.userId })
      .from(members)
      .where(eq(members.orgId, ctx.org.id))
      .orderBy(asc(members.name), asc(members.email)),
  );
  return rows.map(({ userId, ...m }) => ({ ...m, hasAccount: userId !== null }));
}
