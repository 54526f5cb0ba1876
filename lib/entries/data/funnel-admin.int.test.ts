import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { metrics } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg, storedWeeks } from "@/db/test/orgs";
import { executeOrgAction, type OrgActionDefinition } from "@/lib/actions/execute";
import { violatedConstraint } from "@/lib/data/pg-errors";
import {
  addMetricDefinition,
  moveMetricDefinition,
  renameMetricDefinition,
  retireMetricDefinition,
} from "@/lib/entries/funnel-definitions";
import { listMetrics } from "./funnel";
import { addMetric } from "./funnel-admin";
import { upsertWeek } from "./weeks";

describeDb("adapting the funnel", () => {
  it("rename, add a channel and an outcome, reorder, retire: history is kept", async () => {
    const org = await newOrg();
    // biome-ignore lint/suspicious/noExplicitAny: each call names its own definition
    const run = (definition: OrgActionDefinition<any>, input: Record<string, string>) =>
      executeOrgAction(definition, org.userId, org.slug, input);
    const memberId = org.ctx.member!.id;
    await upsertWeek(org.ctx, {
      memberId,
      weekStart: "2026-11-02",
      values: { calls: 10, longCallbacks: 2, conversations: 4 },
      notWorked: false,
    });

    expect(await run(renameMetricDefinition, { key: "calls", label: "Dials" })).toMatchObject({ ok: true });
    expect(
      await run(addMetricDefinition, {
        key: "linkedinMessages",
        label: "LinkedIn messages",
        kind: "stage",
        of: "",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await run(addMetricDefinition, {
        key: "linkedinReplies",
        label: "Replies",
        kind: "outcome",
        of: "linkedinMessages",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await run(addMetricDefinition, { key: "calls", label: "Again", kind: "stage", of: "" }),
    ).toMatchObject({
      ok: false,
      fields: { key: { key: "metricKeyTaken" } },
    });
    expect(await run(addMetricDefinition, { key: "Bad key", label: "x", kind: "stage" })).toMatchObject({
      ok: false,
      fields: { key: { key: "metricKeyFormat" } },
    });
    expect(
      await run(addMetricDefinition, { key: "orphan", label: "x", kind: "outcome", of: "" }),
    ).toMatchObject({
      ok: false,
      fields: { of: { key: "outcomeNeedsStage" } },
    });
    expect(await run(moveMetricDefinition, { key: "linkedinMessages", direction: "up" })).toMatchObject({
      ok: true,
    });
    expect(await run(retireMetricDefinition, { key: "longCallbacks", retired: "true" })).toMatchObject({
      ok: true,
    });

    const funnel = await listMetrics(org.ctx);
    expect(funnel.map((m) => m.key)).toEqual([
      "calls",
      "conversations",
      "appointments",
      "shortCallbacks",
      "longCallbacks",
      "hours",
      "linkedinMessages",
      "talkMinutes",
      "linkedinReplies",
    ]);
    expect(funnel.find((m) => m.key === "calls")?.label).toBe("Dials");
    expect(funnel.find((m) => m.key === "longCallbacks")?.retiredAt).not.toBeNull();
    // The retired metric's history is still there, and an old week with it can still be corrected.
    const [week] = await storedWeeks(org.ctx.org.id);
    expect(week?.values).toEqual({ calls: 10, longCallbacks: 2, conversations: 4 });
    await expect(
      upsertWeek(org.ctx, {
        memberId,
        weekStart: "2026-11-02",
        values: { calls: 10, longCallbacks: 3, conversations: 4 },
        notWorked: false,
      }),
    ).resolves.toMatchObject({ version: 2 });
    // The new channel is checked like any stage: replies cannot outnumber messages.
    await expect(
      upsertWeek(org.ctx, {
        memberId,
        weekStart: "2026-11-09",
        values: { linkedinMessages: 2, linkedinReplies: 3 },
        notWorked: false,
      }),
    ).rejects.toMatchObject({ fields: { "metrics.linkedinMessages": { key: "outcomesExceedStage" } } });

    expect(await run(retireMetricDefinition, { key: "longCallbacks", retired: "false" })).toMatchObject({
      ok: true,
    });
    expect((await listMetrics(org.ctx)).find((m) => m.key === "longCallbacks")?.retiredAt).toBeNull();
    for (const action of [
      "metric.renamed",
      "metric.added",
      "metric.moved",
      "metric.retired",
      "metric.restored",
    ]) {
      expect(await auditOf(org.ctx.org.id, action), action).not.toHaveLength(0);
    }
  });

  it("only owners edit the funnel, and only their own organization's", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const manager = await addMember(org, "manager");
    const rename = { key: "calls", label: "Hacked" };
    expect(await executeOrgAction(renameMetricDefinition, manager.userId, org.slug, rename)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await executeOrgAction(renameMetricDefinition, other.userId, org.slug, rename)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect((await listMetrics(org.ctx)).find((m) => m.key === "calls")?.label).toBeNull();
  });

  it("gives metrics added at the same moment each their own slot, and says so when a key is taken", async () => {
    const org = await newOrg();
    const keys = ["demos", "visits", "quotes", "trials"];
    const results = await Promise.allSettled(
      keys.map((key) => addMetric(org.ctx, { key, label: key, kind: "time", of: null })),
    );
    expect(results.map((r) => r.status)).toEqual(keys.map(() => "fulfilled"));
    const db = await testDb();
    const slots = await db
      .select({ key: metrics.key, slot: metrics.slot })
      .from(metrics)
      .where(eq(metrics.orgId, org.ctx.org.id));
    expect(new Set(slots.map((s) => s.slot)).size).toBe(slots.length);
    await expect(
      addMetric(org.ctx, { key: "demos", label: "again", kind: "time", of: null }),
    ).rejects.toMatchObject({
      fields: { key: { key: "metricKeyTaken" } },
    });

    // Both drivers name the constraint, so a slot taken is told apart from a key taken.
    const taken = slots.find((s) => s.key === "demos")?.slot as number;
    const error = await db
      .insert(metrics)
      .values({ orgId: org.ctx.org.id, key: "other", kind: "time", position: 99, slot: taken })
      .catch((e: unknown) => e);
    expect(violatedConstraint(error)).toBe("metrics_slot");
  });
});
