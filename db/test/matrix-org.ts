// Test support: the fresh organization each case of the role matrix
// (action-matrix.int.test.ts) and the forms' fuzzing (lib/actions/fuzz.int.test.ts) act in.
import type { MatrixOrg } from "@/db/test/action-matrix";
import { testDb, unique } from "@/db/test/harness";
import { insertActiveMember, newUser } from "@/db/test/members";
import { resolveMembership } from "@/lib/data/memberships";
import { insertOrganization } from "@/lib/teams/data/organizations";

async function newOrganization() {
  const owner = await newUser("Owner");
  const db = await testDb();
  const ctx = await db.transaction((tx) =>
    insertOrganization(tx, {
      name: "Matrix",
      slug: unique("matrix"),
      owner: { userId: owner.id, email: owner.email, name: owner.name, startedOn: "2026-01-05" },
    }),
  );
  return { ctx, owner };
}

async function addMember(orgId: string, role: "owner" | "manager" | "rep") {
  const user = await newUser(role);
  const member = await insertActiveMember(orgId, user, role);
  return { userId: user.id, memberId: member.id };
}

export async function matrixOrg(): Promise<MatrixOrg> {
  const { ctx, owner } = await newOrganization();
  const other = await newOrganization();
  return {
    slug: ctx.org.slug,
    orgId: ctx.org.id,
    owner: { userId: owner.id, memberId: ctx.member!.id },
    manager: await addMember(ctx.org.id, "manager"),
    rep: await addMember(ctx.org.id, "rep"),
    other: {
      slug: other.ctx.org.slug,
      orgId: other.ctx.org.id,
      ownerUserId: other.owner.id,
      ownerMemberId: other.ctx.member!.id,
    },
    ownerContext: (await resolveMembership(owner.id, ctx.org.slug))!,
    unique,
    addMember: (role) => addMember(ctx.org.id, role),
  };
}
