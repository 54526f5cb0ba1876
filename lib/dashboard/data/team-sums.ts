import "server-only";
// The team page's sums, summed by the database: one row per member and one for everyone
// (GROUPING SETS), instead of every (member, week) record shipped to Node and pooled there.
// The pooling rule is kept exactly: a value counts only when it is a number >= 0 (what
// loadWeekRecords keeps), never in a week off, and a pair (numerator, denominator) sums only
// the records that recorded both, counting them and their distinct weeks. The figures equal
// teamSumsFromRecords over loadWeekRecords (lib/dashboard/data/team-sums.int.test.ts).
import { type SQL, sql } from "drizzle-orm";
import { emptyRowSums, type RowSums, type TeamSums } from "@/lib/dashboard/team-view";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrgRead, type OrgContext } from "@/lib/data/tenant-tx";
import { type PairKey, pairKeyOf } from "@/lib/kpi/pooled-sums";
import type { RateCounts } from "@/lib/kpi/pooling";
import { trendWindowWeeks } from "@/lib/kpi/ratio-trend";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

export interface TeamSumsQuery {
  /** Every metric of the funnel (totals) and every key of the pairs. */
  metricKeys: readonly string[];
  pairs: readonly PairKey[];
  /** The ratio whose trend the rows show, or null. */
  trendPair: PairKey | null;
  /** The period's first and last ISO week. */
  fromWeek: string;
  toWeek: string;
  /** The trend's window length in weeks. */
  trendWindow: number;
  /** Only this member's records (their row, and a total of them alone). */
  memberId?: string;
}

type Row = Record<string, number | string | null>;

export async function loadTeamSums(ctx: OrgContext, query: TeamSumsQuery): Promise<TeamSums> {
  const keys = [
    ...new Set([
      ...query.metricKeys,
      ...query.pairs.flatMap((p) => [p.numeratorKey, p.denominatorKey]),
      ...(query.trendPair ? [query.trendPair.numeratorKey, query.trendPair.denominatorKey] : []),
    ]),
  ];
  const column = (key: string) => sql.raw(`v${keys.indexOf(key)}`);
  const [recentWeeks, previousWeeks] = trendWindowWeeks(query.toWeek, query.trendWindow);
  const between = (from: string, to: string) =>
    sql`week_start between ${mondayDateOfIsoWeek(from)}::date and ${mondayDateOfIsoWeek(to)}::date`;
  const inPeriod = between(query.fromWeek, query.toWeek);
  const both = (pair: PairKey) =>
    sql`${column(pair.numeratorKey)} is not null and ${column(pair.denominatorKey)} is not null`;
  const loadFrom = [query.fromWeek, previousWeeks.from].sort()[0] ?? query.fromWeek;

  const selects: SQL[] = [
    sql`member_id`,
    sql`grouping(member_id)::int as is_total`,
    sql`(count(*) filter (where ${inPeriod}))::int as records`,
    sql`(count(*) filter (where ${inPeriod} and not not_worked))::int as worked`,
    sql`(count(*) filter (where ${inPeriod} and not_worked))::int as off`,
  ];
  keys.forEach((key, i) => {
    selects.push(sql`(sum(${column(key)}) filter (where ${inPeriod}))::float8 as ${sql.raw(`s${i}`)}`);
  });
  query.pairs.forEach((pair, i) => {
    const where = sql`${inPeriod} and ${both(pair)}`;
    selects.push(
      sql`(sum(${column(pair.numeratorKey)}) filter (where ${where}))::float8 as ${sql.raw(`pn${i}`)}`,
      sql`(sum(${column(pair.denominatorKey)}) filter (where ${where}))::float8 as ${sql.raw(`pd${i}`)}`,
      sql`(count(*) filter (where ${where}))::int as ${sql.raw(`pc${i}`)}`,
      sql`(count(distinct week_start) filter (where ${where}))::int as ${sql.raw(`pw${i}`)}`,
    );
  });
  if (query.trendPair) {
    const pair = query.trendPair;
    for (const [name, window] of [
      ["tr", recentWeeks],
      ["tp", previousWeeks],
    ] as const) {
      const where = sql`${between(window.from, window.to)} and ${both(pair)}`;
      selects.push(
        sql`(sum(${column(pair.numeratorKey)}) filter (where ${where}))::float8 as ${sql.raw(`${name}n`)}`,
        sql`(sum(${column(pair.denominatorKey)}) filter (where ${where}))::float8 as ${sql.raw(`${name}d`)}`,
      );
    }
  }
  // Each value read from the JSON once per record: a number >= 0 in a worked week, else null.
  const values = keys.map(
    (key, i) =>
      sql`case when not not_worked and jsonb_typeof("values" -> ${key}::text) = 'number'
        and ("values" ->> ${key}::text)::numeric >= 0
        then ("values" ->> ${key}::text)::numeric end as ${sql.raw(`v${i}`)}`,
  );

  const rows = await inOrgRead(ctx, async (tx) =>
    rowsOf<Row>(
      await tx.execute(sql`
        with e as (
          select member_id, week_start, not_worked, ${sql.join(values, sql`, `)}
          from weekly_entries
          where org_id = ${ctx.org.id}
            ${query.memberId ? sql`and member_id = ${query.memberId}` : sql``}
            and week_start between ${mondayDateOfIsoWeek(loadFrom)}::date
              and ${mondayDateOfIsoWeek(query.toWeek)}::date
        )
        select ${sql.join(selects, sql`, `)}
        from e
        group by grouping sets ((member_id), ())`),
    ),
  );

  const num = (value: number | string | null | undefined) => (value == null ? 0 : Number(value));
  const rowSums = (row: Row): RowSums => {
    const sums: Record<string, number> = {};
    keys.forEach((key, i) => {
      const value = row[`s${i}`];
      if (value != null) sums[key] = Number(value);
    });
    const pairs: Record<string, RateCounts> = {};
    query.pairs.forEach((pair, i) => {
      pairs[pairKeyOf(pair)] = {
        numerator: num(row[`pn${i}`]),
        denominator: num(row[`pd${i}`]),
        weeksCounted: num(row[`pc${i}`]),
        calendarWeeks: num(row[`pw${i}`]),
      };
    });
    return {
      recordsInPeriod: num(row.records),
      period: { weeksWithData: num(row.worked), weeksOff: num(row.off), sums, pairs },
      recent: { numerator: num(row.trn), denominator: num(row.trd) },
      previous: { numerator: num(row.tpn), denominator: num(row.tpd) },
    };
  };
  const byMember = new Map<string, RowSums>();
  let total = emptyRowSums();
  for (const row of rows) {
    if (Number(row.is_total) === 1) total = rowSums(row);
    else byMember.set(String(row.member_id), rowSums(row));
  }
  return { byMember, total };
}
