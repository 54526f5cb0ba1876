import "server-only";
// An owner adapts the funnel ("elke business is anders"): rename, add a stage or an outcome,
// reorder, retire and restore. History is never rewritten: a retired metric keeps its key and
// its values in past weeks, so nothing here deletes a metric or touches weekly entries.
import { and, eq, max } from "drizzle-orm";
import { metrics } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { isUniqueViolation, violatedConstraint } from "@/lib/data/pg-errors";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ValidationError } from "@/lib/errors";
import { validateFunnel } from "@/lib/kpi/funnel";
import type { MetricKind } from "@/lib/kpi/types";
import { isReservedKey } from "@/lib/kpi/user-keys";
import { funnelRows } from "./funnel";
import { readFunnel } from "./weeks";

async function findMetric(tx: Tx, ctx: OrgContext, key: string) {
  const [metric] = await tx
    .select()
    .from(metrics)
    .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, key)))
    .for("update");
  if (!metric) throw new ValidationError({ key: { key: "unknownMetric" } });
  return metric;
}

/** An empty label goes back to the translated default name. */
export async function renameMetric(ctx: OrgContext, key: string, label: string | null) {
  return inOrg(ctx, async (tx) => {
    const before = await findMetric(tx, ctx, key);
    const next = label?.trim() ? label.trim() : null;
    await tx
      .update(metrics)
      .set({ label: next })
      .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, key)));
    await recordAudit(tx, ctx, {
      action: "metric.renamed",
      subjectType: "metric",
      subjectId: key,
      before: { label: before.label },
      after: { label: next },
    });
  });
}

export interface NewMetric {
  key: string;
  label: string;
  kind: MetricKind;
  of: string | null;
}

export async function addMetric(ctx: OrgContext, input: NewMetric) {
  if (isReservedKey(input.key)) throw new ValidationError({ key: { key: "metricKeyReserved" } });
  // Two metrics added at once can both be given the next slot (migration 0015's trigger reads
  // the largest so far); the second then fails on metrics_slot and is simply tried again,
  // when the first has committed. A unique violation on the key is a key taken.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertMetric(ctx, input);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (violatedConstraint(error) === "metrics_slot" && attempt < 5) continue;
      throw new ValidationError({ key: { key: "metricKeyTaken" } });
    }
  }
}

async function insertMetric(ctx: OrgContext, input: NewMetric) {
  return await inOrg(ctx, async (tx) => {
    const funnel = await readFunnel(tx, ctx);
    if (funnel.some((m) => m.key.toLowerCase() === input.key.toLowerCase())) {
      throw new ValidationError({ key: { key: "metricKeyTaken" } });
    }
    const of = input.kind === "time" ? null : input.of;
    const parent = of ? funnel.find((m) => m.key === of) : undefined;
    if (input.kind === "outcome" && !parent) throw new ValidationError({ of: { key: "outcomeNeedsStage" } });
    if (of && (parent?.kind !== "stage" || parent.retired))
      throw new ValidationError({ of: { key: "invalid" } });
    const [last] = await tx
      .select({ position: max(metrics.position) })
      .from(metrics)
      .where(eq(metrics.orgId, ctx.org.id));
    const position = (last?.position ?? 0) + 1;
    validateFunnel([...funnel, { key: input.key, kind: input.kind, of, position }]);
    await tx.insert(metrics).values({
      orgId: ctx.org.id,
      key: input.key,
      label: input.label.trim() || null,
      kind: input.kind,
      ofKey: of,
      position,
    });
    await recordAudit(tx, ctx, {
      action: "metric.added",
      subjectType: "metric",
      subjectId: input.key,
      after: { label: input.label, kind: input.kind, of, position },
    });
  });
}

/** Swaps a metric with its neighbour in display order (retired metrics keep their places). */
export async function moveMetric(ctx: OrgContext, key: string, direction: "up" | "down") {
  return inOrg(ctx, async (tx) => {
    await findMetric(tx, ctx, key);
    const all = await funnelRows(tx, ctx);
    const active = all.filter((m) => m.retiredAt === null);
    const index = active.findIndex((m) => m.key === key);
    const neighbour = active[direction === "up" ? index - 1 : index + 1];
    if (index < 0 || !neighbour) return;
    const before = all.map((m) => m.key);
    const order = [...before];
    const [a, b] = [before.indexOf(key), before.indexOf(neighbour.key)];
    [order[a], order[b]] = [neighbour.key, key];
    // Renumbered 1..n, so that equal positions can never turn a swap into a no-op.
    for (const [i, k] of order.entries()) {
      if (all.find((m) => m.key === k)?.position === i + 1) continue;
      await tx
        .update(metrics)
        .set({ position: i + 1 })
        .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, k)));
    }
    await recordAudit(tx, ctx, {
      action: "metric.moved",
      subjectType: "metric",
      subjectId: key,
      before: { order: before },
      after: { order },
    });
  });
}

/** Retiring hides a metric from the form for new weeks; its history stays. */
export async function setMetricRetired(ctx: OrgContext, key: string, retired: boolean) {
  return inOrg(ctx, async (tx) => {
    const before = await findMetric(tx, ctx, key);
    if ((before.retiredAt !== null) === retired) return;
    if (!retired && before.ofKey) {
      const [parent] = await tx
        .select({ retiredAt: metrics.retiredAt })
        .from(metrics)
        .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, before.ofKey)));
      if (parent?.retiredAt) throw new ValidationError({ key: { key: "restoreParentFirst" } });
    }
    const funnel = await readFunnel(tx, ctx);
    const active = funnel.filter((m) => !m.retired && m.key !== key);
    if (retired && active.length === 0) throw new ValidationError({ key: { key: "lastActiveMetric" } });
    await tx
      .update(metrics)
      .set({ retiredAt: retired ? new Date() : null })
      .where(and(eq(metrics.orgId, ctx.org.id), eq(metrics.key, key)));
    await recordAudit(tx, ctx, {
      action: retired ? "metric.retired" : "metric.restored",
      subjectType: "metric",
      subjectId: key,
      before: { retired: before.retiredAt !== null },
      after: { retired },
    });
  });
}
