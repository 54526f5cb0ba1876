import type { Role } from "@/lib/domain";
import { can } from "@/lib/permissions";

/** Where the tenant gate sends an owner or manager who must enrol first. */
export const TWO_FACTOR_PAGE = "/account/two-factor";

/**
 * Whether a member must set up two-factor sign-in before opening the organization's pages:
 * when its owner requires it, of everyone who sees pay (owners and managers), not reps.
 */
export function mustEnrolFirst(role: Role, orgRequires: boolean, hasTwoFactor: boolean): boolean {
  return orgRequires && can(role, "costs.read") && !hasTwoFactor;
}
