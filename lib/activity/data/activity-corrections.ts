import "server-only";
// Which events came in after a person corrected the count they feed: they are kept (the
// count shows them) but no longer change the week, and the week form says so.
import { and, eq, inArray } from "drizzle-orm";
import { activityEvents } from "@/db/schema";
import type { OrgContext, Tx } from "@/lib/data/tenant-tx";

/**
 * The events counted into one member's week: what recounting a week sums and what the week
 * form compares with the corrections, so both read the same events.
 */
export function eventsOfMemberWeek(ctx: OrgContext, memberId: string, weekStart: string) {
  return and(
    eq(activityEvents.orgId, ctx.org.id),
    eq(activityEvents.memberId, memberId),
    eq(activityEvents.weekStart, weekStart),
  );
}

/** Events that arrived after a person corrected their metric, per metric, for the week form. */
export async function eventsAfterCorrections(
  tx: Tx,
  ctx: OrgContext,
  memberId: string,
  weekStart: string,
  correctedAt: Record<string, string>,
): Promise<Record<string, number>> {
  const keys = Object.keys(correctedAt);
  if (keys.length === 0) return {};
  const rows = await tx
    .select({ metricKey: activityEvents.metricKey, receivedAt: activityEvents.receivedAt })
    .from(activityEvents)
    .where(and(eventsOfMemberWeek(ctx, memberId, weekStart), inArray(activityEvents.metricKey, keys)));
  const after: Record<string, number> = {};
  for (const row of rows) {
    if (row.receivedAt.getTime() > Date.parse(correctedAt[row.metricKey] as string)) {
      after[row.metricKey] = (after[row.metricKey] ?? 0) + 1;
    }
  }
  return after;
}
