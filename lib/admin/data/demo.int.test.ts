import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { organizations, weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { seedDemo } from "./demo";

describeDb("the demo organization", () => {
  it("is seeded once, tells the article's week, and survives a restart", async () => {
    // A demo of its own: the shared one may have been seeded by another test, with today's date.
    const now = new Date("2026-11-23T10:00:00Z");
    const slug = unique("demo");
    const first = await seedDemo(now, slug);
    const again = await seedDemo(now, slug);
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(first.orgSlug).toBe(slug);

    // Close and reopen: the data is on disk (PGlite) or on the server.
    await closeDb();
    const db = await testDb();
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
    const weeks = await db.select().from(weeklyEntries).where(eq(weeklyEntries.orgId, org!.id));
    expect(weeks).toHaveLength(24); // 3 reps x 8 weeks

    const byWeek = new Map<string, Record<string, number>>();
    for (const w of weeks) {
      const sum = byWeek.get(w.weekStart) ?? {};
      for (const [k, v] of Object.entries(w.values)) sum[k] = (sum[k] ?? 0) + v;
      byWeek.set(w.weekStart, sum);
    }
    const sorted = [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted[0]?.[0]).toBe("2026-09-28"); // eight weeks ending 2026-11-16, the week before 2026-W48
    expect(sorted[5]?.[1]).toMatchObject({
      calls: 106,
      conversations: 38,
      appointments: 9,
      shortCallbacks: 16,
      longCallbacks: 3,
    });
    const calls = sorted.map(([, v]) => v.calls ?? 0);
    expect([...calls].sort((a, b) => b - a)).toEqual(calls); // calls fall week after week
  });
});
