import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { runBenchmark, sellingMembers, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
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
