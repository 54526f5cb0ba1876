import "server-only";
// seed-bench: deterministic synthetic history for benchmarks, written in batches
// (a multi-row INSERT per batch) so 500 reps x 156 weeks takes seconds, not minutes.
import { and, eq, like, sql } from "drizzle-orm";
import { members, weeklyEntries } from "@/db/schema";
import { syntheticHistory } from "@/lib/bench/synthetic-history";
import { globalDb, inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import { addWeeksTo, mondayOf, todayIn } from "@/lib/weeks/calendar";

const BATCH = 2_000;

export async function seedBenchHistory(
  ctx: OrgContext,
  options: { reps: number; weeks: number; seed: number; now: Date },
) {
  const started = performance.now();
  const lastWeek = addWeeksTo(mondayOf(todayIn(ctx.org.timeZone, options.now)), -1);
  const firstWeek = addWeeksTo(lastWeek, -(options.weeks - 1));
  const emailOf = (i: number) => `bench-rep-${String(i + 1).padStart(4, "0")}@bench.funnelmeter.test`;

  const memberIds = await inOrg(ctx, async (tx) => {
    await tx
      .insert(members)
      .values(
        Array.from({ length: options.reps }, (_, i) => ({
          orgId: ctx.org.id,
          email: emailOf(i),
          name: `Bench Rep ${i + 1}`,
          role: "rep" as const,
          status: "active" as const,
          startedOn: firstWeek,
        })),
      )
      .onConflictDoNothing();
    const rows = await tx
      .select({ id: members.id, email: members.email })
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), like(members.email, "bench-rep-%@bench.funnelmeter.test")));
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    return Array.from({ length: options.reps }, (_, i) => byEmail.get(emailOf(i)) as string);
  });

  let rows = 0;
  let batch: (typeof weeklyEntries.$inferInsert)[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const values = batch;
    batch = [];
    await inOrg(ctx, (tx) => tx.insert(weeklyEntries).values(values).onConflictDoNothing());
    rows += values.length;
  };
  for (const week of syntheticHistory(options.reps, options.weeks, options.seed)) {
    batch.push({
      orgId: ctx.org.id,
      memberId: memberIds[week.repIndex] as string,
      weekStart: addWeeksTo(firstWeek, week.weekIndex),
      notWorked: week.notWorked,
      values: week.values,
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // Fresh statistics after a bulk load: without them the planner guesses row counts and may
  // pick a sequential scan over every organization's weeks. Only the tables' owner may
  // analyze them (the query role of inOrg is skipped with a mere warning), so this runs on
  // the connecting role; it reads no tenant's rows for us, it only refreshes statistics.
  await (await globalDb()).execute(sql`analyze members, weekly_entries`);
  return {
    members: options.reps,
    weeks: options.weeks,
    rows,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
}
