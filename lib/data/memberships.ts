import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { members, organizations } from "@/db/schema";
import { lookup, type OrgContext } from "./tenant-tx";

/**
 * The tenant gate's query: the organization named in the URL and the user's active
 * membership in it, read from the database on every request (a JWT cannot be revoked).
 * null when the organization does not exist or the user is not an active member: the
 * caller answers 404 in both cases.
 */
export async function resolveMembership(userId: string, orgSlug: string): Promise<OrgContext | null> {
  const [row] = await lookup({ userId }, (tx) =>
    tx
      .select({ org: organizations, member: members })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.orgId))
      .where(and(eq(organizations.slug, orgSlug), eq(members.userId, userId), eq(members.status, "active"))),
  );
  if (!row) return null;
  const { org, member } = row;
  return {
    org: {
      id: org.id,
      slug: org.slug,
      name: org.name,
      timeZone: org.timeZone,
      requireTwoFactor: org.requireTwoFactor,
    },
    member: { id: member.id, role: member.role, name: member.name, email: member.email },
    role: member.role,
    userId,
  };
}

export async function listOrganizationsOf(userId: string) {
  return lookup({ userId }, (tx) =>
    tx
      .select({ slug: organizations.slug, name: organizations.name, role: members.role })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.orgId))
      .where(and(eq(members.userId, userId), eq(members.status, "active")))
      .orderBy(asc(organizations.name)),
  );
}

/** The organizations a user is an active member of (where their own account's changes are audited). */
export async function activeOrgIdsOf(userId: string): Promise<string[]> {
  const rows = await lookup({ userId }, (tx) =>
    tx
      .select({ orgId: members.orgId })
      .from(members)
      .where(and(eq(members.userId, userId), eq(members.status, "active"))),
  );
  return rows.map((r) => r.orgId);
}
