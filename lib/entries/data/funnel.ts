import "server-only";
import { asc, eq } from "drizzle-orm";
import { type MetricRow, metrics } from "@/db/schema";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import type { MetricDefinition } from "@/lib/kpi/types";

/**
 * The organization's funnel rows in display order (retired metrics included), inside a
 * transaction that has its tenant set: the one place that order is written down.
 */
export function funnelRows(tx: Tx, ctx: Pick<OrgContext, "org">) {
  return tx
    .select()
    .from(metrics)
    .where(eq(metrics.orgId, ctx.org.id))
    .orderBy(asc(metrics.position), asc(metrics.key));
}

/** The organization's funnel definition, in display order (retired metrics included). */
export async function listMetrics(ctx: OrgContext) {
  return inOrg(ctx, (tx) => funnelRows(tx, ctx));
}

/** The one mapping from a stored metric to what the engine, the form and the API read. */
export function metricDefinition(
  row: Pick<MetricRow, "key" | "kind" | "ofKey" | "position" | "retiredAt">,
): MetricDefinition {
  return {
    key: row.key,
    kind: row.kind,
    of: row.ofKey,
    position: row.position,
    retired: row.retiredAt !== null,
  };
}
