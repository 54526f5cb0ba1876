// Set-up for integration tests: fresh organizations with an owner (signed up the way the
// product does it), plus members who can log in. Each test makes its own, so tests never
// share data.
import { and, eq } from "drizzle-orm";
import { auditEvents, members, users, weeklyEntries } from "@/db/schema";
import { signUpWithOrganization } from "@/lib/auth/data/users";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { testDb, unique } from "./harness";

/** `today` is the owner's start date; `orgName` defaults to one made from the slug. */
export async function newOrg(options: { today?: string; orgName?: string } = {}) {
  const slug = unique("org");
  const email = `${unique("owner")}@example.test`;
  const { userId } = await signUpWithOrganization({
    email,
    name: "Owner",
    password: "long enough pw",
    orgName: options.orgName ?? `Org ${slug}`,
    orgSlug: slug,
    locale: "en",
    today: options.today ?? "2026-01-05",
  });
  const ctx = (await resolveMembership(userId, slug)) as OrgContext;
  return { slug, userId, email, ctx };
}

/** A rep with a login in `org`, with the given role. */
export async function addMember(org: { ctx: OrgContext }, role: "rep" | "manager" = "rep") {
  const db = await testDb();
  const email = `${unique(role)}@example.test`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `A ${role}` })
    .returning();
  const [member] = await db
    .insert(members)
    .values({
      orgId: org.ctx.org.id,
      userId: user!.id,
      email,
      name: `A ${role}`,
      role,
      status: "active",
      startedOn: "2026-01-05",
    })
    .returning();
  const ctx = (await resolveMembership(user!.id, org.ctx.org.slug)) as OrgContext;
  return { userId: user!.id, memberId: member!.id, email, ctx };
}

/** A rep without a login (a member row only, named "Rep"), e.g. one whose weeks others enter. */
export async function addRepWithoutLogin(
  ctx: OrgContext,
  options: { status: "active" | "deactivated"; startedOn: string },
): Promise<string> {
  const db = await testDb();
  const [rep] = await db
    .insert(members)
    .values({
      orgId: ctx.org.id,
      email: `${unique("rep")}@example.test`,
      name: "Rep",
      role: "rep",
      status: options.status,
      startedOn: options.startedOn,
    })
    .returning({ id: members.id });
  return rep!.id;
}

export async function storedWeeks(orgId: string, memberId?: string) {
  const db = await testDb();
  return db
    .select()
    .from(weeklyEntries)
    .where(
      memberId
        ? and(eq(weeklyEntries.orgId, orgId), eq(weeklyEntries.memberId, memberId))
        : eq(weeklyEntries.orgId, orgId),
    );
}

export async function auditOf(orgId: string, action: string) {
  const db = await testDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, action)));
}
