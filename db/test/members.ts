// People for the integration tests: accounts, memberships and their rows (never product code).
// Organizations come from db/test/orgs.ts#newOrg.
import { and, eq } from "drizzle-orm";
import { members, users } from "@/db/schema";
import { testDb, unique } from "@/db/test/harness";
import { hashPassword } from "@/lib/auth/password";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";

export async function newUser(name = "User", options: { password?: string; locale?: "en" | "nl" } = {}) {
  const db = await testDb();
  const [user] = await db
    .insert(users)
    .values({
      email: `${unique(name.toLowerCase().replace(/\W/g, ""))}@example.test`,
      name,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      locale: options.locale,
    })
    .returning();
  return user!;
}

export async function contextOf(userId: string, slug: string): Promise<OrgContext | null> {
  return resolveMembership(userId, slug);
}

/** The active membership of an existing user, in the given role (the role matrix's people too). */
export async function insertActiveMember(
  orgId: string,
  user: { id: string; email: string; name: string },
  role: "owner" | "manager" | "rep",
) {
  const db = await testDb();
  const [member] = await db
    .insert(members)
    .values({
      orgId,
      userId: user.id,
      email: user.email,
      name: user.name,
      role,
      status: "active",
      startedOn: "2026-01-05",
    })
    .returning();
  return member!;
}

/** An active member with an account, in the given role. */
export async function addActiveMember(ctx: OrgContext, role: "owner" | "manager" | "rep") {
  const user = await newUser(role);
  const member = await insertActiveMember(ctx.org.id, user, role);
  return { user, member, ctx: (await contextOf(user.id, ctx.org.slug))! };
}

export async function memberRow(orgId: string, memberId: string) {
  const db = await testDb();
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.id, memberId)));
  return row;
}

/** The token in an invitation or reset link. */
export const tokenOf = (link: string) => link.split("/").pop() ?? "";
