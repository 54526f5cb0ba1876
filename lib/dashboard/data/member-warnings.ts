import "server-only";
// The manager's home's early warnings, stored per member (member_warnings, migration 0017):
// judging every rep's half year took a fifth of the home's time at 500 reps, on every view,
// though the answer changes only when a rep's weeks change or a week ends.
//
// A stored row is current while it names the member's entries_version (which a trigger bumps
// in every transaction that writes the member's weeks) and the same basis (the last week
// judged, the ratios, the rule). Stale members are judged again and stored with the version
// read *before* their weeks were read: a week saved meanwhile leaves the row stale, never
// wrong. Both reads go to the primary, since a replica may not have the latest version yet.
import { sql } from "drizzle-orm";
import { memberWarnings } from "@/db/schema";
import { loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import {
  judgeWarnings,
  type MemberWarning,
  WARNING_WINDOW_WEEKS,
  warningRatios,
} from "@/lib/dashboard/early-warnings-view";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import type { MetricDefinition } from "@/lib/kpi/types";
import { log } from "@/lib/runtime/log";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

/** Change it with the warning rule (lib/kpi/early-warning.ts): every stored result is then stale. */
export const WARNING_RULE_VERSION = 1;

type StoredRow = {
  member_id: string;
  entries_version: string | number;
  stored_version: string | number | null;
  basis: string | null;
  items: MemberWarning[] | string | null;
};

export const warningBasis = (metrics: readonly MetricDefinition[], toWeek: string) =>
  [WARNING_RULE_VERSION, toWeek, ...warningRatios(metrics).map((ratio) => ratio.key)].join("|");

/** Every member's current warnings up to `toWeek` (deactivated ones included; the view leaves them out). */
export async function currentMemberWarnings(
  ctx: OrgContext,
  metrics: readonly MetricDefinition[],
  toWeek: string,
): Promise<Map<string, MemberWarning[]>> {
  const basis = warningBasis(metrics, toWeek);
  const rows = await inOrg(ctx, async (tx) =>
    rowsOf<StoredRow>(
      await tx.execute(sql`
        select m.id::text as member_id, m.entries_version, w.entries_version as stored_version,
          w.basis, w.items
        from members m
        left join member_warnings w on w.org_id = m.org_id and w.member_id = m.id
        where m.org_id = ${ctx.org.id}`),
    ),
  );
  const warnings = new Map<string, MemberWarning[]>();
  const stale = new Map<string, number>();
  for (const row of rows) {
    const version = Number(row.entries_version);
    if (row.basis === basis && Number(row.stored_version) === version) {
      const items = typeof row.items === "string" ? (JSON.parse(row.items) as MemberWarning[]) : row.items;
      if (items && items.length > 0) warnings.set(row.member_id, items);
    } else {
      stale.set(row.member_id, version);
    }
  }
  if (stale.size === 0) return warnings;

  const everyone = stale.size === rows.length;
  const records = await loadWeekRecords(
    // No readAfterLsn: the primary, which has every version just read.
    { ...ctx, readAfterLsn: undefined },
    {
      fromWeekStart: mondayDateOfIsoWeek(addIsoWeeks(toWeek, -(WARNING_WINDOW_WEEKS - 1))),
      toWeekStart: mondayDateOfIsoWeek(toWeek),
      memberIds: everyone ? undefined : [...stale.keys()],
    },
  );
  const judged = judgeWarnings(metrics, stale.keys(), records, toWeek);
  for (const [memberId, items] of judged) warnings.set(memberId, items);
  await store(
    ctx,
    [...stale].map(([memberId, entriesVersion]) => ({
      orgId: ctx.org.id,
      memberId,
      basis,
      entriesVersion,
      items: judged.get(memberId) ?? [],
    })),
  );
  return warnings;
}

/** Storing is a saving for the next view: a failure (a member deleted meanwhile) is logged, not shown. */
async function store(ctx: OrgContext, rows: (typeof memberWarnings.$inferInsert)[]) {
  try {
    await inOrg(ctx, (tx) =>
      tx
        .insert(memberWarnings)
        .values(rows)
        .onConflictDoUpdate({
          target: [memberWarnings.orgId, memberWarnings.memberId],
          set: {
            basis: sql`excluded.basis`,
            entriesVersion: sql`excluded.entries_version`,
            items: sql`excluded.items`,
          },
        }),
    );
  } catch (error) {
    log.warn("warnings.not_stored", { orgId: ctx.org.id, members: rows.length, error });
  }
}
