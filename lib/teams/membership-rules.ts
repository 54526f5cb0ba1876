// The membership rules that sit beside the permission matrix (lib/permissions.ts). They
// are pure so the UI can hide what the server would refuse, and so they can be tested
// as a table; the data layer (lib/teams/data/team-admin.ts) applies them to rows it has
// locked in the same transaction as the write, so a race cannot slip past them.
import type { MemberStatus, Role } from "@/lib/domain";
import { canGrantRole, canManageMemberWithRole } from "@/lib/permissions";

export interface MemberState {
  role: Role;
  status: MemberStatus;
}

/** A message key in the "errors" namespace, or null when the change is allowed. */
export type RuleVerdict = "forbidden" | "cannotManageOwner" | "cannotGrantRole" | "lastOwner" | null;

/**
 * An organization always keeps at least one active owner: true when turning `before`
 * into `after` would take away the last one.
 */
export function leavesNoOwner(activeOwners: number, before: MemberState, after: MemberState): boolean {
  const wasActiveOwner = before.role === "owner" && before.status === "active";
  const staysActiveOwner = after.role === "owner" && after.status === "active";
  return wasActiveOwner && !staysActiveOwner && activeOwners <= 1;
}

/**
 * May `actorRole` turn the member `target` into `after`? (The actor's permission to manage
 * members at all is the matrix's job; this adds the relationship rules.)
 */
export function checkMemberChange(
  actorRole: Role,
  target: MemberState,
  after: MemberState,
  activeOwners: number,
): RuleVerdict {
  // A manager cannot change or remove an owner.
  if (!canManageMemberWithRole(actorRole, target.role)) {
    return target.role === "owner" ? "cannotManageOwner" : "forbidden";
  }
  // Nobody grants a role above their own; reactivating a member grants their role again.
  const grants = after.role !== target.role || (after.status === "active" && target.status !== "active");
  if (grants && !canGrantRole(actorRole, after.role)) return "cannotGrantRole";
  if (leavesNoOwner(activeOwners, target, after)) return "lastOwner";
  return null;
}

/** Leaving is a change to oneself that needs no management right, only the last-owner rule. */
export function checkLeave(self: MemberState, activeOwners: number): RuleVerdict {
  return leavesNoOwner(activeOwners, self, { ...self, status: "deactivated" }) ? "lastOwner" : null;
}
