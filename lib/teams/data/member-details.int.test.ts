import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { correctMemberDetailsDefinition } from "@/lib/teams/member-details-definitions";
import { correctMemberDetails, getMemberDetails } from "./member-details";
import { deactivateMember, reactivateMember } from "./team-admin";

describeDb("member details", () => {
  it("a manager corrects a rep's name and start date, audited with before and after; the same twice is one change", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const manager = await addMember(org, "manager");
    await correctMemberDetails(manager.ctx, rep.memberId, { name: "Jana Peeters", startedOn: "2025-12-01" });
    await correctMemberDetails(manager.ctx, rep.memberId, { name: "Jana Peeters", startedOn: "2025-12-01" });
    expect(await getMemberDetails(org.ctx, rep.memberId)).toMatchObject({
      name: "Jana Peeters",
      startedOn: "2025-12-01",
    });
    const events = await auditOf(org.ctx.org.id, "member.details_corrected");
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [
        { name: "A rep", startedOn: "2026-01-05" },
        { name: "Jana Peeters", startedOn: "2025-12-01" },
      ],
    ]);
  });

  it("a manager cannot correct an owner; a rep cannot correct anyone", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const manager = await addMember(org, "manager");
    const details = { name: "X", startedOn: "2026-01-05" };
    await expect(correctMemberDetails(manager.ctx, org.ctx.member!.id, details)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(correctMemberDetails(rep.ctx, rep.memberId, details)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("stays in its organization: another organization's member or a malformed id is not found, nothing changes", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addMember(a);
    const details = { name: "Taken Over", startedOn: "2020-01-06" };
    await expect(correctMemberDetails(b.ctx, rep.memberId, details)).rejects.toBeInstanceOf(NotFoundError);
    await expect(correctMemberDetails(b.ctx, "not-a-uuid", details)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMemberDetails(b.ctx, rep.memberId)).rejects.toBeInstanceOf(NotFoundError);
    const outcome = await executeOrgAction(correctMemberDetailsDefinition, b.userId, b.slug, {
      memberId: rep.memberId,
      ...details,
    });
    expect(outcome).toMatchObject({ ok: false, code: "not_found" });
    expect(await getMemberDetails(a.ctx, rep.memberId)).toMatchObject({
      name: "A rep",
      startedOn: "2026-01-05",
    });
  });

  it("the action refuses an empty name and an impossible date next to the field", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const outcome = await executeOrgAction(correctMemberDetailsDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      name: " ",
      startedOn: "2026-02-30",
    });
    expect(outcome).toMatchObject({
      ok: false,
      fields: { name: { key: "required" }, startedOn: { key: "invalidDate" } },
    });
  });

  it("refuses a start date PostgreSQL cannot store (year 0, found by fuzzing) next to the field", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    for (const startedOn of ["0000-01-01", "1899-12-31", "2101-01-01"]) {
      const outcome = await executeOrgAction(correctMemberDetailsDefinition, org.userId, org.slug, {
        memberId: rep.memberId,
        name: "Corrected Rep",
        startedOn,
      });
      expect(outcome, startedOn).toMatchObject({
        ok: false,
        fields: { startedOn: { key: "dateOutOfRange" } },
      });
    }
    expect(await getMemberDetails(org.ctx, rep.memberId)).toMatchObject({ name: "A rep" });
  });

  it("deactivation records when employment ended; reactivation clears it", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const db = await testDb();
    const deactivatedAt = async () =>
      (
        await db
          .select({ at: members.deactivatedAt })
          .from(members)
          .where(and(eq(members.orgId, org.ctx.org.id), eq(members.id, rep.memberId)))
      )[0]?.at;
    await deactivateMember(org.ctx, rep.memberId);
    expect(await deactivatedAt()).toBeInstanceOf(Date);
    await reactivateMember(org.ctx, rep.memberId);
    expect(await deactivatedAt()).toBeNull();
  });
});
