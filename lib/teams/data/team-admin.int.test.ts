import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, members, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addActiveMember, memberRow } from "@/db/test/members";
import { newOrg } from "@/db/test/orgs";
import { resolveMembership } from "@/lib/data/memberships";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { listMembersWithActivity } from "./members";
import {
  changeMemberRole,
  deactivateMember,
  leaveOrganization,
  listTeam,
  reactivateMember,
} from "./team-admin";

async function activeOwners(orgId: string) {
  const db = await testDb();
  return db
    .select()
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.role, "owner"), eq(members.status, "active")));
}

describeDb("team administration", () => {
  it("a removed member loses access at once; their history stays; they can come back", async () => {
    const { ctx } = await newOrg();
    const rep = await addActiveMember(ctx, "rep");
    const db = await testDb();
    await db.insert(weeklyEntries).values({
      orgId: ctx.org.id,
      memberId: rep.member.id,
      weekStart: "2026-11-16",
      values: { calls: 106, conversations: 38, appointments: 9 },
    });
    await deactivateMember(ctx, rep.member.id);
    // The very next request resolves no membership: the JWT alone does not keep them in.
    expect(await resolveMembership(rep.user.id, ctx.org.slug)).toBeNull();
    const history = (await listMembersWithActivity(ctx)).find((m) => m.id === rep.member.id);
    expect(history).toMatchObject({ status: "deactivated", weeksLogged: 1 });
    await reactivateMember(ctx, rep.member.id);
    expect((await resolveMembership(rep.user.id, ctx.org.slug))?.role).toBe("rep");
    const actions = (await db.select().from(auditEvents).where(eq(auditEvents.orgId, ctx.org.id))).map(
      (e) => e.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["member.deactivated", "member.reactivated"]));
  });

  it("a role change takes effect on the member's next request and is audited with before and after", async () => {
    const { ctx } = await newOrg();
    const rep = await addActiveMember(ctx, "rep");
    await changeMemberRole(ctx, rep.member.id, "manager");
    expect((await resolveMembership(rep.user.id, ctx.org.slug))?.role).toBe("manager");
    const db = await testDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, ctx.org.id), eq(auditEvents.action, "member.role_changed")));
    expect(event).toMatchObject({
      actorUserId: ctx.userId,
      subjectId: rep.member.id,
      before: { role: "rep", status: "active" },
      after: { role: "manager", status: "active" },
    });
  });

  it("a manager cannot change or remove an owner, nor grant a role above their own", async () => {
    const { ctx } = await newOrg();
    const manager = await addActiveMember(ctx, "manager");
    const rep = await addActiveMember(ctx, "rep");
    await expect(changeMemberRole(manager.ctx, ctx.member!.id, "rep")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deactivateMember(manager.ctx, ctx.member!.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeMemberRole(manager.ctx, rep.member.id, "owner")).rejects.toEqual(
      new ValidationError({ role: { key: "cannotGrantRole" } }),
    );
    expect((await memberRow(ctx.org.id, rep.member.id))?.role).toBe("rep");
    expect(await activeOwners(ctx.org.id)).toHaveLength(1);
  });

  it("a manager demoted a moment ago cannot finish a change with the old role", async () => {
    const { ctx } = await newOrg();
    const manager = await addActiveMember(ctx, "manager");
    const rep = await addActiveMember(ctx, "rep");
    const staleContext = manager.ctx;
    await changeMemberRole(ctx, manager.member.id, "rep");
    await expect(deactivateMember(staleContext, rep.member.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await memberRow(ctx.org.id, rep.member.id))?.status).toBe("active");
  });

  it("the last owner can neither leave nor be demoted; with a second owner they can", async () => {
    const { ctx } = await newOrg();
    await expect(leaveOrganization(ctx)).rejects.toEqual(new ConflictError({ key: "lastOwner" }));
    await expect(changeMemberRole(ctx, ctx.member!.id, "manager")).rejects.toEqual(
      new ConflictError({ key: "lastOwner" }),
    );
    const second = await addActiveMember(ctx, "owner");
    await leaveOrganization(ctx);
    expect(await resolveMembership(ctx.userId!, ctx.org.slug)).toBeNull();
    await expect(leaveOrganization(second.ctx)).rejects.toEqual(new ConflictError({ key: "lastOwner" }));
  });

  it("two owners demoting each other at the same time leave exactly one owner", async () => {
    const { ctx } = await newOrg();
    const second = await addActiveMember(ctx, "owner");
    const results = await Promise.allSettled([
      changeMemberRole(ctx, second.member.id, "manager"),
      changeMemberRole(second.ctx, ctx.member!.id, "manager"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeOwners(ctx.org.id)).toHaveLength(1);
  });

  it("two owners leaving at the same time leave exactly one owner", async () => {
    const { ctx } = await newOrg();
    const second = await addActiveMember(ctx, "owner");
    const results = await Promise.allSettled([leaveOrganization(ctx), leaveOrganization(second.ctx)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeOwners(ctx.org.id)).toHaveLength(1);
  });

  it("another organization's members are not found, and nothing changes", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addActiveMember(a.ctx, "rep");
    await expect(deactivateMember(b.ctx, rep.member.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole(b.ctx, rep.member.id, "manager")).rejects.toBeInstanceOf(NotFoundError);
    await expect(reactivateMember(b.ctx, rep.member.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await memberRow(a.ctx.org.id, rep.member.id)).toMatchObject({ role: "rep", status: "active" });
    expect((await listTeam(b.ctx)).map((m) => m.id)).not.toContain(rep.member.id);
  });
});
