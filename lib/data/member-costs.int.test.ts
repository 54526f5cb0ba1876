import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { saveMemberCostDefinition } from "@/lib/dashboard/cost-definitions";
import { NotFoundError } from "@/lib/errors";
import { listMemberCosts, setMemberCost } from "./member-costs";

describeDb("rep costs", () => {
  it("are set, changed and cleared, each change audited with before and after", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    await setMemberCost(org.ctx, rep.memberId, { kind: "hourly", amount: 35.5 });
    await setMemberCost(org.ctx, rep.memberId, { kind: "hourly", amount: 35.5 });
    expect((await listMemberCosts(org.ctx)).get(rep.memberId)).toEqual({ kind: "hourly", ratePerHour: 35.5 });
    await setMemberCost(org.ctx, rep.memberId, { kind: "monthly", amount: 3250 });
    expect((await listMemberCosts(org.ctx)).get(rep.memberId)).toEqual({ kind: "monthly", perMonth: 3250 });
    // The same cost twice is one change.
    const set = await auditOf(org.ctx.org.id, "member_cost.set");
    expect(set.map((e) => [e.before, e.after])).toEqual([
      [null, { kind: "hourly", amount: 35.5 }],
      [
        { kind: "hourly", amount: 35.5 },
        { kind: "monthly", amount: 3250 },
      ],
    ]);
    await setMemberCost(org.ctx, rep.memberId, null);
    await setMemberCost(org.ctx, rep.memberId, null);
    expect((await listMemberCosts(org.ctx)).size).toBe(0);
    expect(await auditOf(org.ctx.org.id, "member_cost.cleared")).toHaveLength(1);
  });

  it("stay in their organization: another organization's member is not found, and lists are per organization", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addMember(a);
    await setMemberCost(a.ctx, rep.memberId, { kind: "hourly", amount: 30 });
    await expect(setMemberCost(b.ctx, rep.memberId, { kind: "hourly", amount: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(setMemberCost(b.ctx, "-".repeat(36), null)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMemberCosts(b.ctx)).size).toBe(0);
    expect((await listMemberCosts(a.ctx)).get(rep.memberId)).toEqual({ kind: "hourly", ratePerHour: 30 });
  });

  it("the action refuses a missing or impossible amount next to the field, and stores nothing", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    for (const [amount, key] of [
      ["", "required"],
      ["-5", "costRange"],
      ["2000000", "costRange"],
      ["veel", "costRange"],
    ] as const) {
      const outcome = await executeOrgAction(saveMemberCostDefinition, org.userId, org.slug, {
        memberId: rep.memberId,
        kind: "monthly",
        amount,
      });
      expect(outcome, amount).toMatchObject({ ok: false, fields: { amount: { key } } });
    }
    expect((await listMemberCosts(org.ctx)).size).toBe(0);
    const saved = await executeOrgAction(saveMemberCostDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      kind: "hourly",
      amount: "35,50",
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await listMemberCosts(org.ctx)).get(rep.memberId)).toEqual({ kind: "hourly", ratePerHour: 35.5 });
    const cleared = await executeOrgAction(saveMemberCostDefinition, org.userId, org.slug, {
      memberId: rep.memberId,
      kind: "none",
      amount: "whatever",
    });
    expect(cleared).toMatchObject({ ok: true });
    expect((await listMemberCosts(org.ctx)).size).toBe(0);
  });
});
