import { and, eq, lte } from "drizzle-orm";
import { expect, it } from "vitest";
import { weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { inOrgRead } from "./tenant-tx";
import { memberIdsWithWeeks } from "./week-range";

describeDb("the members with weeks", () => {
  it("are the members of this organization with a week that matches, and no one else", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const worked = await addMember(org);
    const offOnly = await addMember(org);
    const late = await addMember(org);
    await addMember(org); // no week at all
    const stranger = await addMember(other);
    const db = await testDb();
    const week = (orgId: string, memberId: string, weekStart: string, notWorked = false) => ({
      orgId,
      memberId,
      weekStart,
      notWorked,
      values: { calls: 10 },
    });
    await db
      .insert(weeklyEntries)
      .values([
        week(org.ctx.org.id, worked.memberId, "2026-03-02"),
        week(org.ctx.org.id, offOnly.memberId, "2026-03-02", true),
        week(org.ctx.org.id, late.memberId, "2026-06-01"),
        week(other.ctx.org.id, stranger.memberId, "2026-03-02"),
      ]);

    const ids = (where?: Parameters<typeof memberIdsWithWeeks>[2]) =>
      inOrgRead(org.ctx, (tx) => memberIdsWithWeeks(tx, org.ctx.org.id, where)).then((set) =>
        [...set].sort(),
      );
    expect(await ids()).toEqual([worked.memberId, offOnly.memberId, late.memberId].sort());
    expect(
      await ids(and(eq(weeklyEntries.notWorked, false), lte(weeklyEntries.weekStart, "2026-03-31"))),
    ).toEqual([worked.memberId]);
    // Asked for another organization from inside this one's context: nothing (row security).
    expect([...(await inOrgRead(org.ctx, (tx) => memberIdsWithWeeks(tx, other.ctx.org.id)))]).toEqual([]);
  });
});
