// Call-log imports on both drivers: the owner's mapping, calls counted into the agents'
// weeks once however often the file is imported, problems by line, and tenancy.
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { ValidationError } from "@/lib/errors";
import { importCallLog, loadCallLogMapping, saveCallLogMapping } from "./call-log";

const MAPPING = {
  at: "Start time",
  email: "Agent",
  duration: "Duration",
  outcome: "Result",
  outcomes: { conversations: ["Connected", "Meeting booked"], appointments: ["Meeting booked"] },
};

describeDb("call-log import", () => {
  it("counts each call once into its agent's week, with talk time and mapped outcomes", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    await saveCallLogMapping(org.ctx, MAPPING);
    const csv = [
      "Start time;Agent;Duration;Result",
      `2026-11-16 09:00;${rep.email.toUpperCase()};1:30;Connected`,
      `2026-11-16 09:10;${rep.email};0:30;No answer`,
      `2026-11-17 10:00;${rep.email};3:00;Meeting booked`,
      "2026-11-17 10:30;stranger@example.com;1:00;Connected",
      `someday;${rep.email};1:00;Connected`,
    ].join("\n");
    const first = await importCallLog(org.ctx, csv, "2026-11-30");
    expect(first).toMatchObject({ rows: 5, callsAdded: 3, duplicates: 0 });
    expect(first.problems.map((p) => [p.line, p.field, p.message.key])).toEqual([
      [5, "email", "unknownActivityMember"],
      [6, "at", "callTimeUnreadable"],
    ]);
    const again = await importCallLog(org.ctx, csv, "2026-11-30");
    expect(again).toMatchObject({ callsAdded: 0, duplicates: 3 });
    const db = await testDb();
    const [week] = await db
      .select()
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, org.ctx.org.id), eq(weeklyEntries.memberId, rep.memberId)));
    expect(week?.values).toEqual({ calls: 3, conversations: 2, appointments: 1, talkMinutes: 5 });
  });

  it("refuses an import before a mapping is saved, and a file without the mapped columns", async () => {
    const org = await newOrg();
    await expect(importCallLog(org.ctx, "a,b\n1,2", "2026-11-30")).rejects.toBeInstanceOf(ValidationError);
    await saveCallLogMapping(org.ctx, MAPPING);
    await expect(
      importCallLog(org.ctx, "When,Agent,Duration,Result\nx,y,z,w", "2026-11-30"),
    ).rejects.toMatchObject({
      fields: { csv: { key: "csvMissingColumn", values: { column: "Start time" } } },
    });
    await expect(
      saveCallLogMapping(org.ctx, { ...MAPPING, outcomes: { emails: ["Sent"] } }),
    ).rejects.toMatchObject({
      fields: { "outcomes.emails": { key: "unknownMetric" } },
    });
  });

  it("one organization's mapping and calls stay its own", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const repOfA = await addMember(a);
    await saveCallLogMapping(a.ctx, MAPPING);
    expect(await loadCallLogMapping(b.ctx)).toBeNull();
    await saveCallLogMapping(b.ctx, MAPPING);
    const result = await importCallLog(
      b.ctx,
      `Start time,Agent,Duration,Result\n2026-11-16 09:00,${repOfA.email},60,Connected`,
      "2026-11-30",
    );
    expect(result.callsAdded).toBe(0);
    expect(result.problems.map((p) => p.message.key)).toEqual(["unknownActivityMember"]);
    const db = await testDb();
    expect(await db.select().from(weeklyEntries).where(eq(weeklyEntries.memberId, repOfA.memberId))).toEqual(
      [],
    );
  });
});
