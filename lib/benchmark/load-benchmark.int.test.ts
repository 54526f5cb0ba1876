import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { runBenchmark, sellingMembers, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { loadTenureSums } from "@/lib/dashboard/data/tenure-sums";
import { forgetKeptResults } from "@/lib/data/kept-results";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { loadBenchmarkData, loadComparison } from "./load-benchmark";

const NOW = new Date("2026-11-25T10:00:00Z");

describeDb("the benchmark's reads", () => {
  it("give the engine's comparison over every record, loading only what the question needs", async () => {
    const org = await newOrg({ today: "2026-01-05" });
    await seedBenchHistory(org.ctx, { reps: 6, weeks: 40, seed: 5, now: NOW });
    // A later hire (other tenure weeks), with a week off, a blank and a negative value.
    const hire = await addMember(org);
    const db = await testDb();
    await db.update(members).set({ startedOn: "2026-08-05" }).where(eq(members.id, hire.memberId));
    const start = isoWeekOfDate("2026-08-05");
    const entry = (i: number, values: Record<string, number>, notWorked = false) => ({
      orgId: org.ctx.org.id,
      memberId: hire.memberId,
      weekStart: mondayDateOfIsoWeek(addIsoWeeks(start, i)),
      notWorked,
      values,
    });
    await db
      .insert(weeklyEntries)
      .values([
        ...Array.from({ length: 12 }, (_, i) =>
          entry(i, { calls: 90 + i, conversations: 30 + i, appointments: 6 + (i % 3) }),
        ),
        entry(12, { calls: 80, conversations: 25, appointments: 9 }, true),
        entry(13, { calls: 70, conversations: 20 }),
        entry(14, { calls: 70, conversations: -2, appointments: 3 }),
      ]);

    const data = await loadBenchmarkData(org.ctx, NOW);
    const records = await loadWeekRecords(org.ctx, {
      fromWeekStart: "2020-01-06",
      toWeekStart: mondayDateOfIsoWeek(data.lastWeek),
    });
    expect(data.sellers.map((m) => m.id).sort()).toEqual(
      sellingMembers(data.setup.members, records)
        .map((m) => m.id)
        .sort(),
    );
    const seeded = data.sellers.find((m) => m.id !== hire.memberId) as { id: string };
    for (const [candidateId, reference, ratioKey, tenureTo] of [
      [hire.memberId, seeded.id, "appointmentsPerConversation", 16],
      [hire.memberId, TEAM_REFERENCE, "appointmentsPerConversation", 16],
      [seeded.id, TEAM_REFERENCE, "conversationsPerCall", 40],
      [seeded.id, TEAM_REFERENCE, "appointmentsPerCall", 10],
      [seeded.id, hire.memberId, "appointmentsPerCall", 30],
    ] as const) {
      const question = { candidateId, reference, ratioKey, tenureFrom: 1, tenureTo };
      const expected = runBenchmark({
        metrics: data.setup.metrics,
        members: data.setup.members,
        sellers: data.sellers,
        records,
        ...question,
      });
      const actual = await loadComparison(org.ctx, data, question);
      expect(actual.matchedTenureWeeks.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    }
  });
});

describeDb("the team's sums kept for a question asked again", () => {
  const question = (candidateId: string) => ({
    candidateId,
    reference: TEAM_REFERENCE,
    ratioKey: "appointmentsPerCall",
    tenureFrom: 1,
    tenureTo: 30,
  });

  async function afresh(ctx: Parameters<typeof loadBenchmarkData>[0], q: ReturnType<typeof question>) {
    const data = await loadBenchmarkData(ctx, NOW);
    const records = await loadWeekRecords(ctx, {
      fromWeekStart: "2020-01-06",
      toWeekStart: mondayDateOfIsoWeek(data.lastWeek),
    });
    return runBenchmark({
      metrics: data.setup.metrics,
      members: data.setup.members,
      sellers: data.sellers,
      records,
      ...q,
    });
  }

  /** The team sums of a comparison, as loadComparison reads them. */
  async function teamSums(ctx: Parameters<typeof loadBenchmarkData>[0], q: ReturnType<typeof question>) {
    const data = await loadBenchmarkData(ctx, NOW);
    return loadTenureSums(ctx, {
      memberIds: data.sellers.filter((m) => m.id !== q.candidateId).map((m) => m.id),
      numeratorKey: "appointments",
      denominatorKey: "calls",
      tenureFrom: q.tenureFrom,
      tenureTo: q.tenureTo,
      candidateWeeks: [1, 2, 3, 5, 8],
      toWeekStart: mondayDateOfIsoWeek(data.lastWeek),
    });
  }

  it("are served while nobody compared changes, and summed again after any change", async () => {
    const org = await newOrg({ today: "2026-01-05" });
    const other = await newOrg({ today: "2026-01-05" });
    await seedBenchHistory(org.ctx, { reps: 5, weeks: 40, seed: 7, now: NOW });
    await seedBenchHistory(other.ctx, { reps: 5, weeks: 40, seed: 7, now: NOW });
    const db = await testDb();
    const data = await loadBenchmarkData(org.ctx, NOW);
    const [candidate, compared] = data.sellers;
    if (!candidate || !compared) throw new Error("the seed has sellers");
    const q = question(candidate.id);

    // Asked again: the very same sums, not summed again; the comparison the engine's.
    const kept = await teamSums(org.ctx, q);
    expect(await teamSums(org.ctx, q)).toBe(kept);
    expect(await loadComparison(org.ctx, data, q)).toEqual(await afresh(org.ctx, q));
    // Another organization's same question is its own.
    const otherData = await loadBenchmarkData(other.ctx, NOW);
    const otherQ = question((otherData.sellers[0] as { id: string }).id);
    expect(await teamSums(other.ctx, otherQ)).not.toBe(kept);

    const changes: [string, () => Promise<unknown>][] = [
      [
        "a compared rep's week saved",
        async () => {
          const [week] = await db
            .select()
            .from(weeklyEntries)
            .where(and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.memberId, compared.id)))
            .limit(1);
          if (!week) throw new Error("the seed has weeks");
          await db
            .update(weeklyEntries)
            .set({ values: { ...week.values, appointments: (week.values.appointments ?? 0) + 5 } })
            .where(
              and(
                eq(weeklyEntries.orgId, org.ctx.org.id),
                eq(weeklyEntries.memberId, compared.id),
                eq(weeklyEntries.weekStart, week.weekStart),
              ),
            );
        },
      ],
      [
        "a compared rep's start moved",
        () => db.update(members).set({ startedOn: "2025-06-02" }).where(eq(members.id, compared.id)),
      ],
      [
        "a compared rep's weeks deleted",
        () =>
          db
            .delete(weeklyEntries)
            .where(and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.memberId, compared.id))),
      ],
    ];
    let before = kept;
    for (const [what, change] of changes) {
      await change();
      const after = await teamSums(org.ctx, q);
      expect(after, what).not.toBe(before);
      forgetKeptResults();
      expect(await teamSums(org.ctx, q), what).toEqual(after);
      const moved = await loadBenchmarkData(org.ctx, NOW);
      expect(await loadComparison(org.ctx, moved, q), what).toEqual(await afresh(org.ctx, q));
      before = await teamSums(org.ctx, q);
    }
  });
});
