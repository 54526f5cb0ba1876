// Set-up for integration tests: fresh organizations with an owner (signed up the way the
// product does it), plus members who can log in. Each test makes its own, so tests never
// share data.
import { and, eq } from "drizzle-orm";
import { auditEvents, members, weeklyEntries } from "@/db/schema";
import { signUpWithOrganization } from "@/lib/auth/data/users";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { insertOrganization } from "@/lib/teams/data/organizations";
import { testDb, unique } from "./harness";
import { insertActiveMember, newUser } from "./members";

/** An account as the fixtures hand it out (db/test/members.ts#newUser). */
export type TestUser = { id: string; email: string; name: string };

/**
 * A fresh organization: the one fixture for it. By default its owner signs up the way the
 * product does it (password "long enough pw"); with `owner`, an existing account founds it
 * (a person in two organizations). `today` is the owner's start date.
 */
export async function newOrg(options: { today?: string; orgName?: string; owner?: TestUser } = {}) {
  const slug = unique("org");
  const today = options.today ?? "2026-01-05";
  const orgName = options.orgName ?? `Org ${slug}`;
  let owner: TestUser;
  if (options.owner) {
    const { id: userId, email, name } = options.owner;
    owner = options.owner;
    const db = await testDb();
    await db.transaction((tx) =>
      insertOrganization(tx, { name: orgName, slug, owner: { userId, email, name, startedOn: today } }),
    );
  } else {
    const email = `${unique("owner")}@example.test`;
    const { userId } = await signUpWithOrganization({
      email,
      name: "Owner",
      password: "long enough pw",
      orgName,
      orgSlug: slug,
      locale: "en",
      today,
    });
    owner = { id: userId, email, name: "Owner" };
  }
  const ctx = (await resolveMembership(owner.id, slug)) as OrgContext;
  return { slug, userId: owner.id, email: owner.email, owner, ctx };
}

/** A person with a login in `org`, named "A rep" or "A manager". */
export async function addMember(org: { ctx: OrgContext }, role: "rep" | "manager" = "rep") {
  const user = await newUser(`A ${role}`);
  const member = await insertActiveMember(org.ctx.org.id, user, role);
  const ctx = (await resolveMembership(user.id, org.ctx.org.slug)) as OrgContext;
  return { userId: user.id, memberId: member.id, email: user.email, ctx };
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
