import "server-only";
// Where each metric's number sits in weekly_entries.nums (migration 0015), for the queries
// that sum the typed numbers instead of reading keys out of the JSON values.
import { eq, type SQL, sql } from "drizzle-orm";
import { metrics } from "@/db/schema";
import type { OrgContext, Tx } from "@/lib/data/tenant-tx";

export type MetricSlots = ReadonlyMap<string, number>;

export async function metricSlots(tx: Tx, ctx: OrgContext): Promise<MetricSlots> {
  const rows = await tx
    .select({ key: metrics.key, slot: metrics.slot })
    .from(metrics)
    .where(eq(metrics.orgId, ctx.org.id));
  return new Map(rows.map((row) => [row.key, row.slot]));
}

/** The typed number of `key` in a weekly_entries row (alias `table`), or null for a key the funnel never had. */
export function numberOf(slots: MetricSlots, key: string, table?: string): SQL {
  const slot = slots.get(key);
  if (!slot) return sql`null::float8`;
  return sql.raw(`${table ? `${table}.` : ""}nums[${slot}]`);
}
