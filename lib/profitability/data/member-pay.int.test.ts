import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { NotFoundError } from "@/lib/errors";
import { removePayChangeDefinition, savePayChangeDefinition } from "@/lib/profitability/pay-definitions";
import { listPayHistories, removeMemberPay, setMemberPay } from "./member-pay";

describeDb("pay history", () => {
  it("keeps each change from its date, replaces a change on the same date, audits before and after", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    await setMemberPay(org.ctx, rep.memberId, { kind: "hourly", amount: 35.5, effectiveFrom: "2026-09-01" });
    await setMemberPay(org.ctx, rep.memberId, { kind: "hourly", amount: 35.5, effectiveFrom: "2026-09-01" });
    const history = await setMemberPay(org.ctx, rep.memberId, {
      kind: "monthly",
      amount: 3250,
      effectiveFrom: "2026-11-02",
    });
    expect(history).toEqual([
      { kind: "hourly", amount: 35.5, effectiveFrom: "2026-09-01" },
      { kind: "monthly", amount: 3250, effectiveFrom: "2026-11-02" },
    ]);
    await setMemberPay(org.ctx, rep.memberId, { kind: "monthly", amount: 3400, effectiveFrom: "2026-11-02" });
    expect((await listPayHistories(org.ctx)).get(rep.memberId)?.map((c) => c.amount)).toEqual([35.5, 3400]);
    // The same change twice is one change.
    const set = await auditOf(org.ctx.org.id, "member_pay.set");
    expect(set.map((e) => e.after)).toEqual([
      { kind: "hourly", amount: 35.5, effectiveFrom: "2026-09-01" },
      { kind: "monthly", amount: 3250, effectiveFrom: "2026-11-02" },
      { kind: "monthly", amount: 3400, effectiveFrom: "2026-11-02" },
    ]);
    await removeMemberPay(org.ctx, rep.memberId, "2026-09-01");
    await expect(removeMemberPay(org.ctx, rep.memberId, "2026-09-01")).rejects.toBeInstanceOf(NotFoundError);
    expect(await auditOf(org.ctx.org.id, "member_pay.removed")).toHaveLength(1);
  });

  it("stays in its organization: another organization's member is not found, lists are per organization", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addMember(a);
    const change = { kind: "hourly", amount: 30, effectiveFrom: "2026-09-01" } as const;
    await setMemberPay(a.ctx, rep.memberId, change);
    await expect(setMemberPay(b.ctx, rep.memberId, change)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMemberPay(b.ctx, rep.memberId, "2026-09-01")).rejects.toBeInstanceOf(NotFoundError);
    await expect(setMemberPay(b.ctx, "-".repeat(36), change)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listPayHistories(b.ctx)).size).toBe(0);
    expect((await listPayHistories(a.ctx)).get(rep.memberId)).toEqual([change]);
  });

  it("the actions refuse a missing or impossible amount or date next to the field, and store nothing", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    for (const [amount, effectiveFrom, field, key] of [
      ["", "2026-11-02", "amount", "required"],
      ["-5", "2026-11-02", "amount", "costRange"],
      ["2000000", "2026-11-02", "amount", "costRange"],
      ["veel", "2026-11-02", "amount", "costRange"],
      ["3000", "2026-02-30", "effectiveFrom", "invalidDate"],
      ["3000", "", "effectiveFrom", "invalidDate"],
    ] as const) {
      const outcome = await executeOrgAction(savePayChangeDefinition, org.userId, org.slug, {
        memberId: rep.memberId,
        kind: "monthly",
        amount,
        effectiveFrom,
      });
      expect(outcome, `${amount} ${effectiveFrom}`).toMatchObject({
        ok: false,
        fields: { [field]: { key } },
      });
    }
    expect((await listPayHistories(org.ctx)).size).toBe(0);
    const saved = await executeOrgAction(savePayChangeDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      kind: "hourly",
      amount: "35,50",
      effectiveFrom: "2026-11-02",
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await listPayHistories(org.ctx)).get(rep.memberId)).toEqual([
      { kind: "hourly", amount: 35.5, effectiveFrom: "2026-11-02" },
    ]);
    const removed = await executeOrgAction(removePayChangeDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      effectiveFrom: "2026-11-02",
    });
    expect(removed).toMatchObject({ ok: true });
    expect((await listPayHistories(org.ctx)).size).toBe(0);
  });
});
