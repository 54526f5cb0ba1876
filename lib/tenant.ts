import "server-only";
// The tenant gate. The organization comes from the URL (/o/[orgSlug]) and the membership
// from the database, once per request; a user who is not an active member gets 404,
// whether the organization exists or not.
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentUser } from "@/lib/auth/current-user";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { can, type Permission } from "@/lib/permissions";

export const orgContextFor = cache(async (orgSlug: string): Promise<OrgContext | null> => {
  const user = await currentUser();
  return user ? resolveMembership(user.id, orgSlug) : null;
});

/** For pages and layouts under /o/[orgSlug]. */
export async function requireOrgPage(orgSlug: string): Promise<OrgContext> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(`/o/${orgSlug}`)}`);
  const ctx = await orgContextFor(orgSlug);
  if (!ctx) notFound();
  return ctx;
}

/** For pages that need a permission beyond membership (e.g. settings): others get 404. */
export async function requireOrgPermission(orgSlug: string, permission: Permission): Promise<OrgContext> {
  const ctx = await requireOrgPage(orgSlug);
  if (!can(ctx.role, permission)) notFound();
  return ctx;
}
