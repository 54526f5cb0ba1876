import { expect, it } from "vitest";
import { weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { rounded } from "@/db/test/rounded";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import {
  buildTeamViewFromSums,
  type RowSums,
  TREND_WINDOW,
  teamSumsFromRecords,
  teamSumsRequest,
  trendFromWeek,
  trendOf,
} from "@/lib/dashboard/team-view";
import { computeKpis } from "@/lib/kpi/kpis";
import { addIsoWeeks, isoWeekOfDate, listIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { loadKpiSetup, loadWeekRecords } from "./kpi-data";
import { loadTeamSums } from "./team-sums";

const NOW = new Date("2026-11-25T10:00:00Z");

function plain(sums: RowSums) {
  return rounded(sums);
}

describeDb("the team page's sums in the database", () => {
  it("equal the engine's pooling of the same records: per member, the team total and the trend", async () => {
    const org = await newOrg({ today: "2026-01-05" });
    await seedBenchHistory(org.ctx, { reps: 6, weeks: 30, seed: 11, now: NOW });
    // What the engine must skip or keep apart: a week off with values, a blank numerator, a
    // negative and a text value (dropped as loadWeekRecords drops them), and a manager's weeks.
    const rep = await addMember(org);
    const manager = await addMember(org, "manager");
    const db = await testDb();
    const lastWeek = isoWeekOfDate("2026-11-16");
    const entry = (memberId: string, week: string, values: Record<string, unknown>, notWorked = false) => ({
      orgId: org.ctx.org.id,
      memberId,
      weekStart: mondayDateOfIsoWeek(week),
      notWorked,
      values: values as Record<string, number>,
    });
    await db
      .insert(weeklyEntries)
      .values([
        entry(rep.memberId, lastWeek, { calls: 40, conversations: 12, hours: 7.5 }),
        entry(
          rep.memberId,
          addIsoWeeks(lastWeek, -1),
          { calls: 30, conversations: 9, appointments: 2 },
          true,
        ),
        entry(rep.memberId, addIsoWeeks(lastWeek, -2), { calls: -3, conversations: "7", appointments: 1 }),
        entry(rep.memberId, addIsoWeeks(lastWeek, -5), { calls: 55.5, conversations: 20, appointments: 4 }),
        entry(manager.memberId, addIsoWeeks(lastWeek, -3), { calls: 10, conversations: 4, appointments: 1 }),
      ]);

    const setup = await loadKpiSetup(org.ctx);
    const request = teamSumsRequest(setup.metrics);
    for (const [fromWeek, toWeek] of [
      [addIsoWeeks(lastWeek, -12), lastWeek],
      [addIsoWeeks(lastWeek, -40), lastWeek],
      [lastWeek, lastWeek],
      [addIsoWeeks(lastWeek, -10), addIsoWeeks(lastWeek, -3)],
    ] as const) {
      const records = await loadWeekRecords(org.ctx, {
        fromWeekStart: mondayDateOfIsoWeek(trendFromWeek(fromWeek, toWeek)),
        toWeekStart: mondayDateOfIsoWeek(toWeek),
      });
      const expected = teamSumsFromRecords(setup.metrics, records, fromWeek, toWeek);
      const actual = await loadTeamSums(org.ctx, {
        metricKeys: setup.metrics.map((m) => m.key),
        ...request,
        fromWeek,
        toWeek,
        trendWindow: TREND_WINDOW,
      });
      expect(plain(actual.total)).toEqual(plain(expected.total));
      expect([...actual.byMember.keys()].sort()).toEqual([...expected.byMember.keys()].sort());
      for (const [memberId, sums] of expected.byMember) {
        expect(plain(actual.byMember.get(memberId) as RowSums), memberId).toEqual(plain(sums));
      }

      // The page's rows against the engine's own functions on the records (the old path).
      const view = buildTeamViewFromSums({
        metrics: setup.metrics,
        members: setup.members,
        sums: actual,
        toWeek,
        relativePrecision: setup.relativePrecision,
        visibleMemberIds: null,
      });
      const periodWeeks = new Set(listIsoWeeks(fromWeek, toWeek));
      const engine = (list: typeof records) =>
        computeKpis({
          metrics: setup.metrics,
          weeks: list.filter((r) => periodWeeks.has(r.week)),
          relativePrecision: setup.relativePrecision,
        });
      const check = (row: (typeof view)["total"], list: typeof records) => {
        const summary = engine(list);
        expect(row.weeksWorked).toBe(summary.weeksWithData);
        expect(row.weeksOff).toBe(summary.weeksOff);
        expect(rounded(row.totals)).toEqual(rounded(summary.totals));
        expect(rounded(row.derived)).toEqual(rounded(summary.derived));
        for (const [key, ratio] of Object.entries(row.ratios)) {
          const original = summary.ratios.find((r) => r.key === key);
          expect(rounded([ratio.numerator, ratio.denominator, ratio.value, ratio.weeks])).toEqual(
            rounded([original?.numerator, original?.denominator, original?.value, original?.weeks]),
          );
          expect(rounded([ratio.low, ratio.high, ratio.additionalWeeks])).toEqual(
            rounded([
              original?.ci95?.[0] ?? null,
              original?.ci95?.[1] ?? null,
              original?.additionalWeeksNeeded,
            ]),
          );
        }
        const primary = view.primaryRatioKey as string;
        expect(rounded(row.trend)).toEqual(rounded(trendOf(setup.metrics, list, toWeek, primary)));
      };
      check(view.total, records);
      expect(view.rows.length).toBeGreaterThanOrEqual(7);
      for (const row of view.rows) {
        check(
          row,
          records.filter((r) => r.memberId === row.memberId),
        );
      }
      // The owner recorded nothing: no row. The manager has a row only with weeks in the period.
      expect(view.rows.some((row) => row.memberId === org.ctx.member?.id)).toBe(false);
      const managerInPeriod = periodWeeks.has(addIsoWeeks(lastWeek, -3));
      expect(view.rows.some((row) => row.memberId === manager.memberId)).toBe(managerInPeriod);
    }
  });
});

describeDb("the team's sums kept in memory", () => {
  it("are served while nobody's weeks change, and summed again after any write", async () => {
    const { forgetKeptResults } = await import("@/lib/data/kept-results");
    const { and, eq } = await import("drizzle-orm");
    const org = await newOrg({ today: "2026-01-05" });
    const other = await newOrg({ today: "2026-01-05" });
    await seedBenchHistory(org.ctx, { reps: 4, weeks: 20, seed: 3, now: NOW });
    await seedBenchHistory(other.ctx, { reps: 4, weeks: 20, seed: 3, now: NOW });
    const setup = await loadKpiSetup(org.ctx);
    const query = {
      metricKeys: setup.metrics.map((m) => m.key),
      ...teamSumsRequest(setup.metrics),
      fromWeek: "2026-W30",
      toWeek: "2026-W47",
      trendWindow: TREND_WINDOW,
    };
    const first = await loadTeamSums(org.ctx, query);
    // Asked again: the very same result, not summed again.
    expect(await loadTeamSums(org.ctx, query)).toBe(first);
    // Another organization's same question is its own.
    const others = await loadTeamSums(other.ctx, query);
    expect(others).not.toBe(first);
    forgetKeptResults();
    expect(await loadTeamSums(other.ctx, query)).toEqual(others);

    // A week saved: summed again, equal to a sum from nothing kept, and different.
    const before = await loadTeamSums(org.ctx, query);
    const db = await testDb();
    const [week] = await db
      .select()
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.weekStart, "2026-11-16")))
      .limit(1);
    if (!week) throw new Error("the seed has weeks");
    await db
      .update(weeklyEntries)
      .set({ values: { ...week.values, calls: (week.values.calls ?? 0) + 100 } })
      .where(
        and(
          eq(weeklyEntries.orgId, org.ctx.org.id),
          eq(weeklyEntries.memberId, week.memberId),
          eq(weeklyEntries.weekStart, week.weekStart),
        ),
      );
    const after = await loadTeamSums(org.ctx, query);
    expect(after).not.toBe(before);
    expect(after.total.period.sums.calls).toBe((before.total.period.sums.calls ?? 0) + 100);
    forgetKeptResults();
    expect(await loadTeamSums(org.ctx, query)).toEqual(after);

    // A member's weeks deleted with them: summed again.
    await db
      .delete(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.memberId, week.memberId)));
    const without = await loadTeamSums(org.ctx, query);
    expect(without.byMember.has(week.memberId)).toBe(false);
    forgetKeptResults();
    expect(await loadTeamSums(org.ctx, query)).toEqual(without);
  });
});
