import { and, eq, sql } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { auditEvents } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { addActiveMember } from "@/db/test/members";
import { newOrg } from "@/db/test/orgs";
import { auditFilterOptions, listAuditEvents } from "./audit-log";
import { inviteMember } from "./invitations";
import { changeMemberRole } from "./team-admin";

const page = { page: 1, pageSize: 50 };

describeDb("the audit log", () => {
  it("lists the organization's events newest first, with who did it, filtered and paginated", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const a = await newOrg();
    const b = await newOrg();
    const manager = await addActiveMember(a.ctx, "manager");
    const rep = await addActiveMember(a.ctx, "rep");
    await changeMemberRole(a.ctx, rep.member.id, "manager");
    for (let i = 0; i < 3; i++) {
      await inviteMember(manager.ctx, {
        email: `${unique("i")}@example.test`,
        name: `Invitee ${i}`,
        role: "rep",
        startedOn: "2026-11-23",
      });
    }
    await inviteMember(b.ctx, {
      email: `${unique("b")}@example.test`,
      name: "B",
      role: "rep",
      startedOn: "2026-11-23",
    });

    const all = await listAuditEvents(a.ctx, page);
    // organization.created, the role change, three invitations; none of organization B's.
    expect(all.total).toBe(5);
    expect(all.events[0]).toMatchObject({ action: "member.invited", actorName: manager.user.name });
    expect(all.events.at(-1)?.action).toBe("organization.created");

    const invitesByManager = await listAuditEvents(a.ctx, {
      ...page,
      action: "member.invited",
      actorUserId: manager.user.id,
    });
    expect(invitesByManager.total).toBe(3);
    const roleChanges = await listAuditEvents(a.ctx, { ...page, action: "member.role_changed" });
    expect(roleChanges.events).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ role: "rep" }),
        after: expect.objectContaining({ role: "manager" }),
      }),
    ]);

    const second = await listAuditEvents(a.ctx, { page: 2, pageSize: 2 });
    expect(second.events.map((e) => e.id)).toEqual(all.events.slice(2, 4).map((e) => e.id));

    const options = await auditFilterOptions(a.ctx);
    expect(options.actions).toEqual(["member.invited", "member.role_changed", "organization.created"]);
    expect(options.actors.map((x) => x.id).sort()).toEqual([a.owner.id, manager.user.id].sort());
  });

  it("filters by calendar day in the organization's time zone", async () => {
    const { ctx } = await newOrg();
    const db = await testDb();
    // 23:30 in Brussels on 2026-11-23 is 22:30 UTC: it belongs to the 23rd, not the 24th.
    await db
      .update(auditEvents)
      .set({ createdAt: sql`'2026-11-23T22:30:00Z'::timestamptz` })
      .where(and(eq(auditEvents.orgId, ctx.org.id), eq(auditEvents.action, "organization.created")));
    expect((await listAuditEvents(ctx, { ...page, from: "2026-11-23", to: "2026-11-23" })).total).toBe(1);
    expect((await listAuditEvents(ctx, { ...page, from: "2026-11-24" })).total).toBe(0);
    expect((await listAuditEvents(ctx, { ...page, to: "2026-11-22" })).total).toBe(0);
  });
});
