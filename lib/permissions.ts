// The one permission matrix: role x permission. Every server-side check goes through
// `can`/`assertCan`; the UI calls `can` only to hide controls it would refuse anyway.
import type { Role } from "@/lib/domain";
import { ForbiddenError } from "./errors";

export const PERMISSIONS = [
  "org.read",
  "members.read",
  "members.invite",
  "members.manage",
  "entries.write.own",
  "entries.write.any",
  "entries.read.any",
  "kpis.read.team",
  "costs.read",
  "costs.manage",
  "settings.manage",
  "funnel.manage",
  "survey.run",
  "survey.answer",
  "goals.manage",
  "audit.read",
  "apikeys.manage",
  "members.erase",
  "webhooks.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const rep: readonly Permission[] = [
  "org.read",
  "members.read",
  "entries.write.own",
  "kpis.read.team",
  "survey.answer",
];
const manager: readonly Permission[] = [
  ...rep,
  "members.invite",
  "members.manage",
  "entries.write.any",
  "entries.read.any",
  "costs.read",
  "survey.run",
  "goals.manage",
  "audit.read",
];
// What a rep costs is pay: managers read it for profitability; only owners set it.
const owner: readonly Permission[] = [
  ...manager,
  "costs.manage",
  "settings.manage",
  "funnel.manage",
  "apikeys.manage",
  // Webhooks send the organization's data to a URL of the owner's choosing.
  "webhooks.manage",
  // Erasing a former member's name and e-mail cannot be undone.
  "members.erase",
];

export const PERMISSION_MATRIX: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  owner: new Set(owner),
  manager: new Set(manager),
  rep: new Set(rep),
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[role].has(permission);
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError(permission);
}

const RANK: Record<Role, number> = { rep: 1, manager: 2, owner: 3 };

/** Nobody grants a role above their own. */
export function canGrantRole(granter: Role, role: Role): boolean {
  return RANK[role] <= RANK[granter];
}

/** A manager cannot change or remove an owner; only an owner can. */
export function canManageMemberWithRole(actor: Role, target: Role): boolean {
  return can(actor, "members.manage") && RANK[target] <= RANK[actor];
}
