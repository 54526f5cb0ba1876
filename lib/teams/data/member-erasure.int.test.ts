import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, members } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg, storedWeeks } from "@/db/test/orgs";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { eraseFormerMember } from "./member-erasure";
import { deactivateMember, reactivateMember } from "./team-admin";

describeDb("erasing a former member", () => {
  it("replaces name and e-mail everywhere, keeps the weeks, and records the erasure", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const manager = await addMember(org, "manager");
    const db = await testDb();
    await db.update(members).set({ name: "Lotte Peeters" }).where(eq(members.id, rep.memberId));
    await upsertWeek(rep.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-23",
      values: { calls: 12 },
      notWorked: false,
    });
    await deactivateMember(org.ctx, rep.memberId);

    await expect(eraseFormerMember(manager.ctx, rep.memberId)).rejects.toBeInstanceOf(ForbiddenError);
    const { name } = await eraseFormerMember(org.ctx, rep.memberId);

    const [row] = await db.select().from(members).where(eq(members.id, rep.memberId));
    expect(row).toMatchObject({ name, userId: null, status: "deactivated" });
    expect(row!.email).toMatch(/@erased\.invalid$/);
    expect(await storedWeeks(org.ctx.org.id, rep.memberId)).toHaveLength(1);
    const log = JSON.stringify(
      await db.select().from(auditEvents).where(eq(auditEvents.orgId, org.ctx.org.id)),
    );
    expect(log).not.toContain(rep.email);
    expect(log).not.toContain("Lotte Peeters");
    expect(await auditOf(org.ctx.org.id, "member.erased")).toHaveLength(1);
    await expect(eraseFormerMember(org.ctx, rep.memberId)).rejects.toBeInstanceOf(ConflictError);
    // Erased is for good: no reactivation of the empty shell.
    await expect(reactivateMember(org.ctx, rep.memberId)).rejects.toBeInstanceOf(ConflictError);
    expect((await db.select().from(members).where(eq(members.id, rep.memberId)))[0]?.status).toBe(
      "deactivated",
    );
  });

  it("refuses an active member, and another organization's member is not found", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const rep = await addMember(org);
    const outsider = await addMember(other);
    await expect(eraseFormerMember(org.ctx, rep.memberId)).rejects.toBeInstanceOf(ConflictError);
    await deactivateMember(other.ctx, outsider.memberId);
    await expect(eraseFormerMember(org.ctx, outsider.memberId)).rejects.toBeInstanceOf(NotFoundError);
    const db = await testDb();
    const [untouched] = await db
      .select()
      .from(members)
      .where(and(eq(members.orgId, other.ctx.org.id), eq(members.id, outsider.memberId)));
    expect(untouched!.email).toBe(outsider.email);
  });
});
