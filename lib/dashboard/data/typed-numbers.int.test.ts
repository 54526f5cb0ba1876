// weekly_entries.nums, the typed copy of the values the dashboards sum (migration 0015), is
// kept by triggers whoever writes: these cases write the way the app does and the ways it
// does not (a number set by hand, a metric added after its key was saved), and check that
// the sums read from it equal the engine's pooling of the JSON values on a funnel too wide
// for the integer patterns of loadTeamSums.
import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { metrics, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { TREND_WINDOW, teamSumsFromRecords, teamSumsRequest } from "@/lib/dashboard/team-view";
import { addMetric } from "@/lib/entries/data/funnel-admin";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { loadKpiSetup, loadWeekRecords } from "./kpi-data";
import { loadTeamSums } from "./team-sums";

async function numbersOf(orgId: string, memberId: string, week: string) {
  const db = await testDb();
  const [row] = await db
    .select({ nums: weeklyEntries.nums })
    .from(weeklyEntries)
    .where(
      and(
        eq(weeklyEntries.orgId, orgId),
        eq(weeklyEntries.memberId, memberId),
        eq(weeklyEntries.weekStart, mondayDateOfIsoWeek(week)),
      ),
    );
  // postgres.js reads a NULL element of a float8[] as NaN; PGlite as null.
  return row?.nums?.map((n) => (n === null || Number.isNaN(n) ? null : n)) ?? null;
}

async function slotsOf(orgId: string) {
  const db = await testDb();
  const rows = await db
    .select({ key: metrics.key, slot: metrics.slot })
    .from(metrics)
    .where(eq(metrics.orgId, orgId));
  return new Map(rows.map((row) => [row.key, row.slot]));
}

describeDb("the typed numbers beside a week's values", () => {
  it("follow every write: a number >= 0 of a worked week at its metric's slot, else null", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const db = await testDb();
    const slots = await slotsOf(org.ctx.org.id);
    expect([...slots.values()].sort((a, b) => a - b)).toEqual([...slots.keys()].map((_, i) => i + 1));
    const at = (nums: (number | null)[] | null, key: string) =>
      nums?.[(slots.get(key) as number) - 1] ?? null;
    const week = "2026-W10";
    const where = and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.memberId, rep.memberId));

    await db.insert(weeklyEntries).values({
      orgId: org.ctx.org.id,
      memberId: rep.memberId,
      weekStart: mondayDateOfIsoWeek(week),
      values: { calls: 40, conversations: "7", appointments: -1, hours: 7.5 } as unknown as Record<
        string,
        number
      >,
    });
    let nums = await numbersOf(org.ctx.org.id, rep.memberId, week);
    expect([
      at(nums, "calls"),
      at(nums, "conversations"),
      at(nums, "appointments"),
      at(nums, "hours"),
    ]).toEqual([40, null, null, 7.5]);

    await db
      .update(weeklyEntries)
      .set({ values: { calls: 50, conversations: 10 } })
      .where(where);
    nums = await numbersOf(org.ctx.org.id, rep.memberId, week);
    expect([at(nums, "calls"), at(nums, "conversations"), at(nums, "hours")]).toEqual([50, 10, null]);

    // Set by hand, it is recomputed from the values all the same.
    await db
      .update(weeklyEntries)
      .set({ nums: [999, 999, 999] })
      .where(where);
    expect(at(await numbersOf(org.ctx.org.id, rep.memberId, week), "calls")).toBe(50);

    // A week off counts nothing.
    await db.update(weeklyEntries).set({ notWorked: true }).where(where);
    expect(await numbersOf(org.ctx.org.id, rep.memberId, week)).toBeNull();
  });

  it("are what loadWeekRecords reads for a worked week, exactly; a week off keeps its JSON values", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const db = await testDb();
    await db.insert(weeklyEntries).values([
      {
        orgId: org.ctx.org.id,
        memberId: rep.memberId,
        weekStart: mondayDateOfIsoWeek("2026-W20"),
        values: {
          calls: 0.1,
          conversations: "7",
          appointments: -1,
          hours: 123456.789,
          talkMinutes: 1e-7,
          stray: 5,
        } as unknown as Record<string, number>,
      },
      {
        orgId: org.ctx.org.id,
        memberId: rep.memberId,
        weekStart: mondayDateOfIsoWeek("2026-W21"),
        notWorked: true,
        values: { calls: 12 },
      },
    ]);
    const records = await loadWeekRecords(org.ctx, {
      fromWeekStart: mondayDateOfIsoWeek("2026-W20"),
      toWeekStart: mondayDateOfIsoWeek("2026-W21"),
    });
    const byWeek = new Map(records.map((r) => [r.week, r]));
    // Only the funnel's metrics: a key outside it counts nowhere.
    expect(byWeek.get("2026-W20")?.values).toEqual({ calls: 0.1, hours: 123456.789, talkMinutes: 1e-7 });
    expect(byWeek.get("2026-W21")).toMatchObject({ notWorked: true, values: { calls: 12 } });
  });

  it("give a metric added later the next slot, and its number in the weeks that already had its key", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const db = await testDb();
    const week = "2026-W11";
    await db.insert(weeklyEntries).values({
      orgId: org.ctx.org.id,
      memberId: rep.memberId,
      weekStart: mondayDateOfIsoWeek(week),
      values: { calls: 30, demos: 4 },
    });
    const before = await slotsOf(org.ctx.org.id);
    await addMetric(org.ctx, { key: "demos", label: "Demos", kind: "time", of: null });
    const after = await slotsOf(org.ctx.org.id);
    const demos = after.get("demos") as number;
    expect(demos).toBe(Math.max(...before.values()) + 1);
    const nums = await numbersOf(org.ctx.org.id, rep.memberId, week);
    expect(nums?.[demos - 1]).toBe(4);

    // Another organization's slots are its own.
    const other = await newOrg();
    expect(await slotsOf(other.ctx.org.id)).toEqual(before);
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(metrics)
      .where(eq(metrics.orgId, other.ctx.org.id));
    expect(count?.n).toBe(before.size);
  });

  it("sum like the engine on a funnel of more metrics than an integer has bits", async () => {
    const org = await newOrg({ today: "2026-01-05" });
    const rep = await addMember(org);
    const colleague = await addMember(org);
    for (let i = 0; i < 26; i++) {
      await addMetric(org.ctx, { key: `extra${i}`, label: `Extra ${i}`, kind: "time", of: null });
    }
    const setup = await loadKpiSetup(org.ctx);
    expect(setup.metrics.length).toBeGreaterThan(31);
    const lastWeek = isoWeekOfDate("2026-11-16");
    const db = await testDb();
    const rows = [];
    for (let w = 0; w < 12; w++) {
      for (const [m, memberId] of [rep.memberId, colleague.memberId].entries()) {
        const values: Record<string, number> = { calls: 20 + w + m, conversations: 5 + m, hours: 6 };
        if (w % 3 !== 0) values.appointments = 1 + (w % 2);
        values[`extra${(w + m) % 26}`] = w;
        rows.push({
          orgId: org.ctx.org.id,
          memberId,
          weekStart: mondayDateOfIsoWeek(addIsoWeeks(lastWeek, -w)),
          notWorked: w === 5 && m === 1,
          values,
        });
      }
    }
    await db.insert(weeklyEntries).values(rows);
    const fromWeek = addIsoWeeks(lastWeek, -7);
    const records = await loadWeekRecords(org.ctx, {
      fromWeekStart: mondayDateOfIsoWeek(addIsoWeeks(lastWeek, -11)),
      toWeekStart: mondayDateOfIsoWeek(lastWeek),
    });
    const expected = teamSumsFromRecords(setup.metrics, records, fromWeek, lastWeek);
    const actual = await loadTeamSums(org.ctx, {
      metricKeys: setup.metrics.map((m) => m.key),
      ...teamSumsRequest(setup.metrics),
      fromWeek,
      toWeek: lastWeek,
      trendWindow: TREND_WINDOW,
    });
    expect(actual.total).toEqual(expected.total);
    expect(new Map(actual.byMember)).toEqual(new Map(expected.byMember));
  });
});
