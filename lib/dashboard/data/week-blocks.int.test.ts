// week_blocks (migration 0016) holds each member's weeks summed per block of 13 weeks, kept by
// a trigger on every write to weekly_entries. These cases write in every way the table can be
// written (values changed, a week turned off and back, moved to another week, deleted, a
// metric added after its key was saved, a member removed) and then check the table against
// the same sums computed afresh from weekly_entries, and the team sums read through it
// against the engine's pooling of the records, over periods whose ends fall anywhere in a
// block.
import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { rounded } from "@/db/test/rounded";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { TREND_WINDOW, teamSumsFromRecords, teamSumsRequest, trendFromWeek } from "@/lib/dashboard/team-view";
import { rowsOf } from "@/lib/data/sql-rows";
import { addMetric } from "@/lib/entries/data/funnel-admin";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { blockStartOf } from "@/lib/weeks/week-blocks";
import { loadKpiSetup, loadWeekRecords } from "./kpi-data";
import { loadTeamSums } from "./team-sums";

const NOW = new Date("2026-11-25T10:00:00Z");

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface BlockRow {
  member_id: string;
  block_start: string;
  not_worked: boolean;
  recorded: string;
  weeks: number;
  n: number;
  sums: string | null;
}

/** The table as stored, or as summed afresh from weekly_entries (the migration's backfill). */
async function blocksOf(orgId: string, afresh: boolean): Promise<unknown[]> {
  const db = await testDb();
  const rows = rowsOf<BlockRow>(
    await db.execute(
      afresh
        ? sql`
          with e as (
            select member_id, week_block_start(week_start) as block_start, not_worked,
              week_recorded(nums) as recorded, week_start, nums
            from weekly_entries where org_id = ${orgId}
          ), s as (
            select member_id, block_start, not_worked, recorded, u.i, sum(u.x::numeric) as total
            from e, unnest(e.nums) with ordinality as u(x, i)
            group by 1, 2, 3, 4, 5
          )
          select e.member_id, e.block_start::text, e.not_worked, e.recorded,
            bit_or(1 << ((e.week_start - e.block_start) / 7))::int as weeks, count(*)::int as n,
            (select array_to_json(array_agg(s.total order by s.i))::text from s
             where s.member_id = e.member_id and s.block_start = e.block_start
               and s.not_worked = e.not_worked and s.recorded = e.recorded) as sums
          from e group by e.member_id, e.block_start, e.not_worked, e.recorded`
        : sql`
          select member_id, block_start::text, not_worked, recorded, weeks, n,
            array_to_json(sums)::text as sums
          from week_blocks where org_id = ${orgId}`,
    ),
  );
  // A group's sums may keep a null at the end after its longer week left: the same sums.
  const trimmed = (sums: string | null) => {
    const list = sums === null ? [] : (JSON.parse(sums) as (number | null)[]);
    while (list.length > 0 && list[list.length - 1] === null) list.pop();
    return list;
  };
  return rows
    .map((row) => ({ ...row, weeks: Number(row.weeks), n: Number(row.n), sums: trimmed(row.sums) }))
    .sort((a, b) =>
      `${a.member_id}${a.block_start}${a.not_worked}${a.recorded}`.localeCompare(
        `${b.member_id}${b.block_start}${b.not_worked}${b.recorded}`,
      ),
    );
}

describeDb("the weeks summed per block of 13 weeks", () => {
  it("start where the app says a block starts", async () => {
    const db = await testDb();
    const mondays = Array.from({ length: 120 }, (_, i) =>
      mondayDateOfIsoWeek(addIsoWeeks("1999-W30", i * 7 + (i % 5))),
    );
    const rows = rowsOf<{ monday: string; start: string }>(
      await db.execute(
        sql`select d.monday, week_block_start(d.monday::date)::text as start
            from (values ${sql.join(
              mondays.map((m) => sql`(${m})`),
              sql`, `,
            )}) as d(monday)`,
      ),
    );
    expect(rows.map((row) => [row.monday, row.start])).toEqual(mondays.map((m) => [m, blockStartOf(m)]));
  });

  it("follow every kind of write, and the team sums read through them equal the engine's", async () => {
    const org = await newOrg({ today: "2025-01-06" });
    await seedBenchHistory(org.ctx, { reps: 4, weeks: 70, seed: 7, now: NOW });
    const db = await testDb();
    const orgId = org.ctx.org.id;
    const repIds = (
      await db
        .select({ id: members.id })
        .from(members)
        .where(and(eq(members.orgId, orgId), eq(members.role, "rep")))
    ).map((m) => m.id);
    const lastWeek = isoWeekOfDate("2026-11-16");
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const someWeek = () => addIsoWeeks(lastWeek, -Math.floor(next() * 70));
    const at = (memberId: string, week: string) =>
      and(
        eq(weeklyEntries.orgId, orgId),
        eq(weeklyEntries.memberId, memberId),
        eq(weeklyEntries.weekStart, mondayDateOfIsoWeek(week)),
      );
    const values = () =>
      ({
        calls: pick([40, 0.1, 7.3, "12", -1, 33]),
        conversations: pick([12, 0.2, 3]),
        ...(next() < 0.6 ? { appointments: pick([1, 2, 0]) } : {}),
        ...(next() < 0.5 ? { hours: pick([7.5, 8.1, 0.3]) } : {}),
        ...(next() < 0.3 ? { demos: 2 } : {}),
      }) as unknown as Record<string, number>;

    for (let step = 0; step < 60; step++) {
      const memberId = pick(repIds);
      const week = someWeek();
      const kind = step % 6;
      if (kind === 0) await db.update(weeklyEntries).set({ values: values() }).where(at(memberId, week));
      if (kind === 1) await db.update(weeklyEntries).set({ notWorked: true }).where(at(memberId, week));
      if (kind === 2) await db.update(weeklyEntries).set({ notWorked: false }).where(at(memberId, week));
      if (kind === 3) await db.delete(weeklyEntries).where(at(memberId, week));
      if (kind === 4) {
        // Moved to a week that is free (an import that corrected the week), maybe in another block.
        const target = addIsoWeeks(lastWeek, 1 + Math.floor(next() * 20));
        await db
          .update(weeklyEntries)
          .set({ weekStart: mondayDateOfIsoWeek(target) })
          .where(at(memberId, week))
          .catch(() => undefined);
      }
      if (kind === 5) {
        await db
          .insert(weeklyEntries)
          .values({
            orgId,
            memberId,
            weekStart: mondayDateOfIsoWeek(week),
            values: values(),
            notWorked: next() < 0.2,
          })
          .onConflictDoUpdate({
            target: [weeklyEntries.orgId, weeklyEntries.memberId, weeklyEntries.weekStart],
            set: { values: values() },
          });
      }
      if (step === 30) {
        // Weeks saved with "demos" before the funnel had it now count it.
        await addMetric(org.ctx, { key: "demos", label: "Demos", kind: "time", of: null });
      }
    }
    // A member removed takes their weeks and sums along.
    const leaving = await addMember(org);
    await db.insert(weeklyEntries).values({
      orgId,
      memberId: leaving.memberId,
      weekStart: mondayDateOfIsoWeek(lastWeek),
      values: { calls: 5 },
    });
    await db.delete(members).where(and(eq(members.orgId, orgId), eq(members.id, leaving.memberId)));

    const stored = await blocksOf(orgId, false);
    expect(stored.length).toBeGreaterThan(20);
    expect(stored).toEqual(await blocksOf(orgId, true));

    const setup = await loadKpiSetup(org.ctx);
    const request = teamSumsRequest(setup.metrics);
    const periods: [string, string][] = [];
    for (let shift = 0; shift < 13; shift += 2) {
      periods.push([addIsoWeeks(lastWeek, -60 - shift), addIsoWeeks(lastWeek, 20 - shift)]);
      periods.push([addIsoWeeks(lastWeek, -40 - shift), addIsoWeeks(lastWeek, -10 - shift)]);
    }
    periods.push([addIsoWeeks(lastWeek, -200), addIsoWeeks(lastWeek, 60)]);
    for (const [fromWeek, toWeek] of periods) {
      const records = await loadWeekRecords(org.ctx, {
        fromWeekStart: mondayDateOfIsoWeek(trendFromWeek(fromWeek, toWeek)),
        toWeekStart: mondayDateOfIsoWeek(toWeek),
      });
      const query = {
        metricKeys: setup.metrics.map((m) => m.key),
        ...request,
        fromWeek,
        toWeek,
        trendWindow: TREND_WINDOW,
      };
      const expected = teamSumsFromRecords(setup.metrics, records, fromWeek, toWeek);
      const actual = await loadTeamSums(org.ctx, query);
      expect(rounded(actual.total), `${fromWeek}..${toWeek}`).toEqual(rounded(expected.total));
      expect(rounded(Object.fromEntries(actual.byMember))).toEqual(
        rounded(Object.fromEntries(expected.byMember)),
      );

      // One member's row alone.
      const memberId = [...expected.byMember.keys()].sort()[0] as string;
      const own = await loadTeamSums(org.ctx, { ...query, memberId });
      expect(rounded(own.byMember.get(memberId))).toEqual(rounded(expected.byMember.get(memberId)));
    }
  });
});
