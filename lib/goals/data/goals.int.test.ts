import { expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { setGoalDefinition } from "@/lib/goals/definitions";
import { goalForWeek } from "@/lib/goals/goal-history";
import { listGoals } from "./goals";

describeDb("weekly goals", () => {
  it("a manager sets goals for the team and a rep; a later goal applies from its week on", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const set = (input: Record<string, string>) =>
      executeOrgAction(setGoalDefinition, org.userId, org.slug, input);
    expect(await set({ scope: "team", fromWeek: "2026-W40", appointments: "20" })).toMatchObject({
      ok: true,
    });
    expect(
      await set({
        scope: rep.memberId,
        fromWeek: "2026-W40",
        appointments: "5",
        calls: "150",
        conversations: "",
      }),
    ).toMatchObject({ ok: true });
    expect(await set({ scope: rep.memberId, fromWeek: "2026-W45", appointments: "6" })).toMatchObject({
      ok: true,
    });
    // The same week again replaces that week's goal (one row, audited with before and after).
    expect(await set({ scope: rep.memberId, fromWeek: "2026-W45", appointments: "7" })).toMatchObject({
      ok: true,
    });

    const goals = await listGoals(org.ctx);
    expect(goals).toHaveLength(3);
    expect(goalForWeek(goals, rep.memberId, "2026-10-26")).toMatchObject({ appointments: 5, calls: 150 });
    expect(goalForWeek(goals, rep.memberId, "2026-11-30")).toMatchObject({ appointments: 7, calls: null });
    expect(goalForWeek(goals, null, "2026-11-30")).toMatchObject({ appointments: 20 });
    const audits = await auditOf(org.ctx.org.id, "goal.set");
    expect(audits).toHaveLength(4);
    expect(
      audits.find((a) => (a.after as { appointments: number }).appointments === 7)?.before,
    ).toMatchObject({
      appointments: 6,
    });
  });

  it("a rep sees the team's goal and their own, never a colleague's, and cannot set one", async () => {
    const org = await newOrg();
    const ann = await addMember(org);
    const bob = await addMember(org);
    const set = (scope: string, appointments: string) =>
      executeOrgAction(setGoalDefinition, org.userId, org.slug, {
        scope,
        fromWeek: "2026-W40",
        appointments,
      });
    await set("team", "20");
    await set(ann.memberId, "5");
    await set(bob.memberId, "4");
    const seenByAnn = await listGoals(ann.ctx);
    expect(seenByAnn.map((g) => g.memberId).sort()).toEqual([ann.memberId, null].sort());
    expect(
      await executeOrgAction(setGoalDefinition, ann.userId, org.slug, {
        scope: ann.memberId,
        fromWeek: "2026-W41",
        appointments: "1",
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("bad input is named per field and stores nothing; another organization's rep is not found", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const set = (input: Record<string, string>) =>
      executeOrgAction(setGoalDefinition, org.userId, org.slug, input);
    expect(await set({ scope: "team", fromWeek: "banana", appointments: "-1", calls: "2,5" })).toMatchObject({
      ok: false,
      fields: { appointments: { key: "wholeNumberNotNegative" }, calls: { key: "wholeNumberNotNegative" } },
    });
    expect(await set({ scope: "team", fromWeek: "banana", appointments: "3" })).toMatchObject({
      ok: false,
      fields: { fromWeek: { key: "invalidIsoWeek" } },
    });
    expect(await set({ scope: "team", fromWeek: "2026-W40", appointments: "" })).toMatchObject({
      ok: false,
      fields: { appointments: { key: "required" } },
    });
    expect(await set({ scope: other.ctx.member!.id, fromWeek: "2026-W40", appointments: "3" })).toMatchObject(
      {
        ok: false,
        code: "not_found",
      },
    );
    expect(await set({ scope: "not-a-uuid", fromWeek: "2026-W40", appointments: "3" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // A member of another organization setting a goal here: the organization is not found.
    expect(
      await executeOrgAction(setGoalDefinition, other.userId, org.slug, {
        scope: "team",
        fromWeek: "2026-W40",
        appointments: "3",
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await listGoals(org.ctx)).toEqual([]);
    expect(await listGoals(other.ctx)).toEqual([]);
  });
});
