import "server-only";
// The tenant gate. The organization comes from the URL (/o/[orgSlug]) and the membership
// from the database, once per request; a user who is not an active member gets 404,
// whether the organization exists or not.
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { READ_AFTER_COOKIE } from "@/lib/actions/read-after";
import { currentUser } from "@/lib/auth/current-user";
import { mustEnrolFirst, TWO_FACTOR_PAGE } from "@/lib/auth/two-factor/requirement";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { can, type Permission } from "@/lib/permissions";

export const orgContextFor = cache(async (orgSlug: string): Promise<OrgContext | null> => {
  const user = await currentUser();
  const ctx = user ? await resolveMembership(user.id, orgSlug) : null;
  if (!ctx) return null;
  // Pages may read from a replica, once it has replayed this person's last write.
  return { ...ctx, readAfterLsn: (await cookies()).get(READ_AFTER_COOKIE)?.value ?? null };
});

/**
 * For pages and layouts under /o/[orgSlug]. Where the owner requires two-factor sign-in,
 * an owner or manager without it is sent to set it up first (after the membership check,
 * so a stranger still gets 404).
 */
export async function requireOrgPage(orgSlug: string): Promise<OrgContext> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/o/${orgSlug}`)}`);
  const ctx = await orgContextFor(orgSlug);
  if (!ctx) notFound();
  if (mustEnrolFirst(ctx.role, ctx.org.requireTwoFactor ?? false, user.twoFactor)) {
    redirect(`${TWO_FACTOR_PAGE}?required=${encodeURIComponent(orgSlug)}`);
  }
  return ctx;
}

/** For pages that need a permission beyond membership (e.g. settings): others get 404. */
export async function requireOrgPermission(orgSlug: string, permission: Permission): Promise<OrgContext> {
  const ctx = await requireOrgPage(orgSlug);
  if (!can(ctx.role, permission)) notFound();
  return ctx;
}
