import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, teamTenureSums, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { runBenchmark, sellingMembers, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { KEPT_QUESTIONS } from "@/lib/dashboard/data/tenure-sums";
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

describeDb("the team's sums kept for a question asked again (team_tenure_sums)", () => {
  const question = (candidateId: string, tenureTo = 30) => ({
    candidateId,
    reference: TEAM_REFERENCE,
    ratioKey: "appointmentsPerCall",
    tenureFrom: 1,
    tenureTo,
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

  async function keptRows(orgId: string) {
    const db = await testDb();
    return db.select().from(teamTenureSums).where(eq(teamTenureSums.orgId, orgId));
  }

  /** Every kept row of the organization made to say the team recorded 1 of 1 every week: a marker. */
  async function plantMarker(orgId: string) {
    const db = await testDb();
    for (const row of await keptRows(orgId)) {
      const sums = row.sums as { byWeek: [number, number, number][]; perRep: [string, number, number][] };
      await db
        .update(teamTenureSums)
        .set({
          sums: {
            byWeek: sums.byWeek.map(([week]) => [week, 1, 1]),
            perRep: sums.perRep.map(([id]) => [id, 1, 1]),
          },
        })
        .where(and(eq(teamTenureSums.orgId, orgId), eq(teamTenureSums.basis, row.basis)));
    }
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

    const first = await loadComparison(org.ctx, data, q);
    expect(first).toEqual(await afresh(org.ctx, q));
    expect(await keptRows(org.ctx.org.id)).toHaveLength(1);
    // Asked again: the same answer, from the kept row (the marker shows it is read).
    expect(await loadComparison(org.ctx, data, q)).toEqual(first);
    await plantMarker(org.ctx.org.id);
    const served = await loadComparison(org.ctx, data, q);
    expect(served).not.toEqual(first);
    expect(served.reference.numerator).toBe(served.reference.denominator);

    // Another organization's same question is its own: the marker is not its answer.
    const otherData = await loadBenchmarkData(other.ctx, NOW);
    const otherQ = question((otherData.sellers[0] as { id: string }).id);
    expect(await loadComparison(other.ctx, otherData, otherQ)).toEqual(await afresh(other.ctx, otherQ));

    // A compared rep's week saved: summed again, equal to the engine over every record.
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
    const afterWrite = await loadComparison(org.ctx, data, q);
    expect(afterWrite).toEqual(await afresh(org.ctx, q));
    expect(afterWrite).not.toEqual(first);

    // A compared rep's start moved (other tenure weeks): summed again.
    await plantMarker(org.ctx.org.id);
    await db.update(members).set({ startedOn: "2025-06-02" }).where(eq(members.id, compared.id));
    const moved = await loadBenchmarkData(org.ctx, NOW);
    expect(await loadComparison(org.ctx, moved, q)).toEqual(await afresh(org.ctx, q));

    // A week deleted: summed again.
    await plantMarker(org.ctx.org.id);
    await db
      .delete(weeklyEntries)
      .where(
        and(
          eq(weeklyEntries.orgId, org.ctx.org.id),
          eq(weeklyEntries.memberId, compared.id),
          eq(weeklyEntries.weekStart, week.weekStart),
        ),
      );
    expect(await loadComparison(org.ctx, moved, q)).toEqual(await afresh(org.ctx, q));
  });

  it(`keep at most ${KEPT_QUESTIONS} questions per organization`, async () => {
    const org = await newOrg({ today: "2026-01-05" });
    await seedBenchHistory(org.ctx, { reps: 3, weeks: 40, seed: 9, now: NOW });
    const data = await loadBenchmarkData(org.ctx, NOW);
    const candidate = data.sellers[0] as { id: string };
    for (let tenureTo = 1; tenureTo <= KEPT_QUESTIONS + 4; tenureTo++) {
      await loadComparison(org.ctx, data, question(candidate.id, tenureTo));
    }
    expect(await keptRows(org.ctx.org.id)).toHaveLength(KEPT_QUESTIONS);
  });
});
