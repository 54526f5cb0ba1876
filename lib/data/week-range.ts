import "server-only";
// The one condition for "this organization's rows in these weeks": every per-week table
// (weekly entries, lagging results) is keyed by org, member and Monday, so the dashboards,
// the weeks grid and the API all ask the same question the same way.
import { and, eq, gte, inArray, lte, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

export interface WeekRange {
  /** Mondays, "YYYY-MM-DD", both included. */
  fromWeekStart: string;
  toWeekStart: string;
  /** Only this member's weeks. */
  memberId?: string;
  /** Only these members' weeks (a page of a per-person table); empty means none. */
  memberIds?: readonly string[];
}

interface PerWeekTable {
  orgId: AnyPgColumn;
  memberId: AnyPgColumn;
  weekStart: AnyPgColumn;
}

export function inWeekRange(table: PerWeekTable, orgId: string, range: WeekRange): SQL {
  return and(
    eq(table.orgId, orgId),
    gte(table.weekStart, range.fromWeekStart),
    lte(table.weekStart, range.toWeekStart),
    range.memberId ? eq(table.memberId, range.memberId) : undefined,
    range.memberIds ? inArray(table.memberId, [...range.memberIds]) : undefined,
  ) as SQL;
}
