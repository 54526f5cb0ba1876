import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { saveLaggingResult } from "@/lib/entries/data/lagging";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { setMemberPay } from "@/lib/profitability/data/member-pay";
import { loadProfitability } from "./load-profitability";

const period = { fromWeek: "2026-W40", toWeek: "2026-W45" };

async function orgWithReps(names: string[]) {
  const org = await newOrg();
  const db = await testDb();
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const { memberId } = await addMember(org);
    await db.update(members).set({ name }).where(eq(members.id, memberId));
    await setMemberPay(org.ctx, memberId, { kind: "hourly", amount: 30 + i, effectiveFrom: "2026-01-05" });
    for (const weekStart of ["2026-10-05", "2026-10-12"]) {
      await upsertWeek(org.ctx, {
        memberId,
        weekStart,
        values: { calls: 100 + i, conversations: 30, appointments: 3 + i, hours: 20 },
        notWorked: false,
      });
    }
    // Results too: a page counts its own people's, and only theirs.
    await saveLaggingResult(org.ctx, {
      memberId,
      weekStart: "2026-10-05",
      appointmentsHeld: 2 + i,
      dealsWon: 1 + i,
      revenueWon: 1000 * (i + 1),
    });
    ids.push(memberId);
  }
  return { org, ids };
}

describeDb("profitability, a page at a time", () => {
  it("a page reads and computes only its people, and the pages together are the whole table", async () => {
    const { org } = await orgWithReps(["Dirk", "Ann", "Cas", "Bea", "Eva"]);
    const other = await orgWithReps(["Zoë"]);
    const whole = await loadProfitability(org.ctx, period);
    expect(whole.rows.map((r) => r.person.name)).toEqual(["Ann", "Bea", "Cas", "Dirk", "Eva"]);
    expect(whole.page).toMatchObject({ page: 1, pageCount: 1, matching: 5, first: 1 });

    const pages = await Promise.all(
      [1, 2, 3].map((number) => loadProfitability(org.ctx, period, { number, size: 2 })),
    );
    expect(pages.map((p) => p.rows.map((r) => r.person.name))).toEqual([
      ["Ann", "Bea"],
      ["Cas", "Dirk"],
      ["Eva"],
    ]);
    expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
    // Each person's won revenue values their weeks, on a page as in the whole table.
    expect(whole.rows.every((row) => (row.money?.value ?? 0) > 0)).toBe(true);
    expect(pages[2]!.page).toMatchObject({ page: 3, pageCount: 3, matching: 5, first: 5 });
    // A page past the end is the last one; another organization's people never appear.
    expect((await loadProfitability(org.ctx, period, { number: 9, size: 2 })).rows).toEqual(pages[2]!.rows);
    expect((await loadProfitability(other.org.ctx, period)).rows.map((r) => r.person.name)).toEqual(["Zoë"]);
  });
});
