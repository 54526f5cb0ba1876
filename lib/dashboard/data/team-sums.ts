import "server-only";
// The team page's sums, summed by the database over the typed numbers (weekly_entries.nums,
// migration 0015): the rows are grouped per member by which metrics they recorded (a
// "pattern") and by the windows they fall in, so the database returns a few rows per member
// instead of every (member, week) record, and a pair (numerator, denominator) sums exactly the
// records that recorded both: the groups whose pattern holds both. Whole blocks of 13 weeks
// come summed already, grouped the same way (week_blocks, migration 0016). The team total is the sum
// of the member rows; its calendar weeks per pair come from the same records grouped by week.
// The figures equal teamSumsFromRecords over loadWeekRecords
// (lib/dashboard/data/team-sums.int.test.ts).
//
// The folded sums are kept in memory (lib/data/kept-results.ts) under a hash of the question,
// the metrics' slots and every member's entries_version (bumped by a trigger whenever their
// weeks, and so their blocks, are written), read in the same transaction as the weeks: the
// team page asked again while nobody's weeks changed reads one short row instead of summing.
import { type SQL, sql } from "drizzle-orm";
import { entriesVersions } from "@/lib/dashboard/data/entries-versions";
import { type MetricSlots, metricSlots, numberOf } from "@/lib/dashboard/data/metric-slots";
import { emptyRowSums, type RowSums, type TeamSums } from "@/lib/dashboard/team-view";
import { basisHash, keptResult } from "@/lib/data/kept-results";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrgRead, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { type PairKey, pairKeyOf } from "@/lib/kpi/pooled-sums";
import type { RateCounts } from "@/lib/kpi/pooling";
import { trendWindowWeeks } from "@/lib/kpi/ratio-trend";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { WEEKS_PER_BLOCK, wholeBlocksWithin } from "@/lib/weeks/week-blocks";

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

/** Change it with the rules of the sum or the fold: results kept under the old rules are then asked for no more. */
const TEAM_SUMS_RULE_VERSION = 1;

const IN_PERIOD = 1;
const IN_RECENT = 2;
const IN_PREVIOUS = 4;
const OFF = 8;

/**
 * One group of records with the same windows (flags), off or not, and the same pattern: a
 * member's (week_key null), or a calendar week's or block's over everyone (member_id null).
 */
interface Group {
  member_id: string | null;
  /** A week's Monday, or a block's first Monday (in_block). */
  week_key: string | null;
  in_block: boolean | null;
  /** Bit k: the block's week k is in the group (1 for a single week). */
  weeks: number | string;
  flags: number;
  /** Which keys the records recorded: bit i (or character i) for keys[i]. */
  pattern: number | string;
  n: number;
  /** s0, s1, ...: the sum of each key over the group (null where none recorded it). */
  [sum: `s${number}`]: number | string | null;
}

export async function loadTeamSums(ctx: OrgContext, query: TeamSumsQuery): Promise<TeamSums> {
  const keys = [
    ...new Set([
      ...query.metricKeys,
      ...query.pairs.flatMap((p) => [p.numeratorKey, p.denominatorKey]),
      ...(query.trendPair ? [query.trendPair.numeratorKey, query.trendPair.denominatorKey] : []),
    ]),
  ];
  const [recentWeeks, previousWeeks] = trendWindowWeeks(query.toWeek, query.trendWindow);
  const between = (from: string, to: string) =>
    sql`(week_start between ${mondayDateOfIsoWeek(from)}::date and ${mondayDateOfIsoWeek(to)}::date)`;
  const loadFrom = [query.fromWeek, previousWeeks.from].sort()[0] ?? query.fromWeek;

  // Whole blocks of 13 weeks inside the period and before the trend's windows are read summed
  // (week_blocks, migration 0016): a few rows per member instead of 13. The weeks around them
  // are read one by one.
  const trendStart = [recentWeeks.from, previousWeeks.from].sort()[0] ?? recentWeeks.from;
  const beforeTrend = mondayDateOfIsoWeek(addIsoWeeks(trendStart, -1));
  const toMonday = mondayDateOfIsoWeek(query.toWeek);
  // ISO dates compare as strings: the earlier of the two.
  const blocksTo = [beforeTrend, toMonday].sort()[0] ?? toMonday;
  const blocks = wholeBlocksWithin(mondayDateOfIsoWeek(query.fromWeek), blocksTo);

  return inOrgRead(ctx, async (tx) => {
    const slots = await metricSlots(tx, ctx);
    const basis = basisHash(
      TEAM_SUMS_RULE_VERSION,
      query,
      keys,
      [...slots],
      blocks,
      await entriesVersions(tx, ctx.org.id),
    );
    return keptResult(ctx.org.id, basis, async () => foldGroups(keys, query, await sumGroups(tx, slots)));
  });

  async function sumGroups(tx: Tx, slots: MetricSlots): Promise<Group[]> {
    const v = (i: number) => sql.raw(`v${i}`);
    // A key the funnel never had has no number anywhere: null.
    const value = (key: string, i: number) => sql`${numberOf(slots, key)} as ${v(i)}`;
    // In a block, the group's sum of the key (null where the group did not record it).
    const blockValue = (key: string, i: number) => {
      const slot = slots.get(key);
      return slot ? sql`${sql.raw(`sums[${slot}]`)}::float8 as ${v(i)}` : sql`null::float8 as ${v(i)}`;
    };
    // Which keys a record recorded: bits of an integer while they fit, else a string of 0/1.
    // (PostgreSQL gives << and | the same precedence: every shift is in parentheses.)
    const recorded = (i: number) => sql`(${v(i)} is not null)::int`;
    const pattern: SQL =
      keys.length === 0
        ? sql`0`
        : keys.length <= 30
          ? sql.join(
              keys.map((_, i) => sql`(${recorded(i)} << ${sql.raw(String(i))})`),
              sql` | `,
            )
          : sql.join(
              keys.map((_, i) => sql`${recorded(i)}::text`),
              sql` || `,
            );
    const sums = keys.map((_, i) => sql`, sum(${v(i)})::float8 as ${sql.raw(`s${i}`)}`);
    const ofMember = (column: string) =>
      query.memberId ? sql`and ${sql.raw(column)} = ${query.memberId}` : sql``;
    // OFFSET 0 keeps the inner select from being merged into the outer one, so each number is
    // read out of the array once per record, not once for the pattern and again for the sum.
    return rowsOf<Group>(
      await tx.execute(sql`
        select member_id, week_key, in_block, flags, pattern, sum(n)::int as n, bit_or(weeks) as weeks
          ${sql.join(sums, sql``)}
        from (
          select *, ${pattern} as pattern
          from (
            select member_id, week_start::text as week_key, false as in_block, 1 as n, 1 as weeks,
              ${between(query.fromWeek, query.toWeek)}::int
                | (${between(recentWeeks.from, recentWeeks.to)}::int << 1)
                | (${between(previousWeeks.from, previousWeeks.to)}::int << 2)
                | (not_worked::int << 3) as flags
              ${keys.length ? sql`, ${sql.join(keys.map(value), sql`, `)}` : sql``}
            from weekly_entries
            where org_id = ${ctx.org.id} ${ofMember("member_id")} and ${between(loadFrom, query.toWeek)}
              ${blocks ? sql`and not (week_start between ${blocks.from}::date and ${blocks.to}::date)` : sql``}
            ${
              blocks
                ? sql`union all
            select member_id, block_start::text, true, n, weeks,
              ${sql.raw(String(IN_PERIOD))} | (not_worked::int << 3)
              ${keys.length ? sql`, ${sql.join(keys.map(blockValue), sql`, `)}` : sql``}
            from week_blocks
            where org_id = ${ctx.org.id} ${ofMember("member_id")}
              and block_start between ${blocks.from}::date and ${blocks.to}::date`
                : sql``
            }
            offset 0
          ) r
        ) e
        group by grouping sets ((member_id, flags, pattern), (week_key, in_block, flags, pattern))`),
    );
  }
}

/** Keys of the weeks a block's bits name: its Monday and the week's index in the block. */
function weeksOfBlock(blockStart: string, bits: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < WEEKS_PER_BLOCK; k++) if (bits & (1 << k)) out.push(`${blockStart}+${k}`);
  return out;
}

function foldGroups(
  keys: readonly string[],
  query: Pick<TeamSumsQuery, "pairs" | "trendPair">,
  rows: readonly Group[],
): TeamSums {
  const index = new Map(keys.map((key, i) => [key, i]));
  const at = (pair: PairKey) =>
    [index.get(pair.numeratorKey) ?? -1, index.get(pair.denominatorKey) ?? -1] as const;
  const has = (pattern: number | string, i: number) =>
    typeof pattern === "string" ? pattern[i] === "1" : (Number(pattern) & (1 << i)) !== 0;
  const both = (pattern: number | string, [n, d]: readonly [number, number]) =>
    has(pattern, n) && has(pattern, d);
  const pairs = query.pairs.map((pair) => ({ key: pairKeyOf(pair), at: at(pair) }));
  const trend = query.trendPair ? at(query.trendPair) : null;

  const newRow = (): RowSums => {
    const row = emptyRowSums();
    for (const pair of pairs) {
      row.period.pairs[pair.key] = { numerator: 0, denominator: 0, weeksCounted: 0, calendarWeeks: 0 };
    }
    return row;
  };
  // Each group is read once (its sums as numbers, which pairs it counts for) and then added
  // to its member's row and to the total: the field names and patterns are not looked up
  // again per row (2,500 groups a 13-week team page).
  const sumNames = keys.map((_, i) => `s${i}`);
  interface Prepared {
    flags: number;
    n: number;
    sums: (number | null)[];
    pairs: boolean[];
    trend: boolean;
  }
  const prepare = (group: Group): Prepared => ({
    flags: Number(group.flags),
    n: Number(group.n),
    sums: sumNames.map((name) => {
      const sum = group[name as `s${number}`];
      return sum == null ? null : Number(sum);
    }),
    pairs: pairs.map((pair) => both(group.pattern, pair.at)),
    trend: trend !== null && both(group.pattern, trend),
  });
  const add = (row: RowSums, group: Prepared) => {
    const { flags, n, sums } = group;
    if (flags & IN_PERIOD) {
      row.recordsInPeriod += n;
      if (flags & OFF) row.period.weeksOff += n;
      else row.period.weeksWithData += n;
      for (let i = 0; i < keys.length; i++) {
        const sum = sums[i];
        const key = keys[i] as string;
        if (sum != null) row.period.sums[key] = (row.period.sums[key] ?? 0) + sum;
      }
      for (let p = 0; p < pairs.length; p++) {
        if (!group.pairs[p]) continue;
        const pair = pairs[p] as (typeof pairs)[number];
        const counts = row.period.pairs[pair.key] as RateCounts;
        counts.numerator += sums[pair.at[0]] ?? 0;
        counts.denominator += sums[pair.at[1]] ?? 0;
        counts.weeksCounted += n;
        // A member has one record a week: their calendar weeks are the records counted.
        counts.calendarWeeks += n;
      }
    }
    if (trend && group.trend) {
      if (flags & IN_RECENT) {
        row.recent.numerator += sums[trend[0]] ?? 0;
        row.recent.denominator += sums[trend[1]] ?? 0;
      }
      if (flags & IN_PREVIOUS) {
        row.previous.numerator += sums[trend[0]] ?? 0;
        row.previous.denominator += sums[trend[1]] ?? 0;
      }
    }
  };

  const byMember = new Map<string, RowSums>();
  const total = newRow();
  // The team's calendar weeks per pair: the weeks of the period in which anyone recorded both.
  const teamWeeks = new Map(pairs.map((pair) => [pair.key, new Set<string>()]));
  for (const group of rows) {
    if (group.member_id === null) {
      if (Number(group.flags) & IN_PERIOD && group.week_key !== null) {
        const weekKeys = group.in_block
          ? weeksOfBlock(group.week_key, Number(group.weeks))
          : [group.week_key];
        for (const pair of pairs) {
          if (!both(group.pattern, pair.at)) continue;
          const set = teamWeeks.get(pair.key);
          for (const week of weekKeys) set?.add(week);
        }
      }
      continue;
    }
    let row = byMember.get(group.member_id);
    if (!row) {
      row = newRow();
      byMember.set(group.member_id, row);
    }
    const prepared = prepare(group);
    add(row, prepared);
    add(total, prepared);
  }
  for (const pair of pairs) {
    (total.period.pairs[pair.key] as RateCounts).calendarWeeks = teamWeeks.get(pair.key)?.size ?? 0;
  }
  return { byMember, total };
}
