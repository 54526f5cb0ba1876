import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { findAccount, setWeeklyReminders } from "@/lib/auth/data/account";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { exportPersonalData } from "./personal-data";

describeDb("a person's own data", () => {
  it("holds their account without password and their weeks in each organization, nobody else's", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addMember(a);
    const colleague = await addMember(a);
    await upsertWeek(rep.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-23",
      values: { calls: 42 },
      notWorked: false,
    });
    await upsertWeek(colleague.ctx, {
      memberId: colleague.memberId,
      weekStart: "2026-11-23",
      values: { calls: 987 },
      confirmedLargeValues: true,
      notWorked: false,
    });
    const data = await exportPersonalData(a.userId);
    expect(data.format).toBe("funnelmeter.personal-data");
    expect(data.account.email).toBe(a.email);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/password/i);
    expect(text).not.toContain(colleague.email);
    expect(data.organizations.map((o) => o.organization.slug)).toEqual([a.slug]);

    const mine = await exportPersonalData(rep.userId);
    expect(mine.organizations[0]!.weeks).toMatchObject([{ weekStart: "2026-11-23", values: { calls: 42 } }]);
    expect(JSON.stringify(mine)).not.toContain(":987");
    expect(JSON.stringify(mine)).not.toContain(b.slug);
  });

  it("the Friday reminder is each person's own choice", async () => {
    const org = await newOrg();
    expect((await findAccount(org.userId))!.weeklyReminders).toBe(true);
    await setWeeklyReminders(org.userId, false);
    expect((await findAccount(org.userId))!.weeklyReminders).toBe(false);
  });
});
