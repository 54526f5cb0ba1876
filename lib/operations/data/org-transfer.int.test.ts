// Moving an organization: export, then import under a new slug on the same server and on a
// server of the other driver (PGlite → PostgreSQL and back); the KPIs come out the same.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { expect, it } from "vitest";
import { laggingResults, memberPay, surveyResponses, surveyRounds, users } from "@/db/schema";
import { describeDb, driverUnderTest, testDb, unique } from "@/db/test/harness";
import { adminDatabaseUrl, withDatabaseName } from "@/db/test/local-postgres";
import { addMember, newOrg } from "@/db/test/orgs";
import { onDatabase } from "@/db/test/other-database";
import { operatorContext } from "@/lib/admin/data/admin";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { ConflictError, ValidationError } from "@/lib/errors";
import { computeKpis } from "@/lib/kpi/kpis";
import { writtenText } from "../spooled-download";
import {
  exportOrganizationData,
  importOrganizationData,
  readOrgExport,
  writeOrganizationData,
} from "./org-transfer";

const NOW = new Date("2026-11-25T10:00:00Z");
const RANGE = { fromWeekStart: "2025-01-06", toWeekStart: "2026-11-23" };

async function kpisOf(slug: string) {
  const ctx = await operatorContext(slug);
  const setup = await loadKpiSetup(ctx);
  const weeks = await loadWeekRecords(ctx, RANGE);
  return {
    kpis: computeKpis({ metrics: setup.metrics, weeks, relativePrecision: setup.relativePrecision }),
    members: setup.members.map((m) => `${m.name} ${m.role} ${m.status} ${m.startedOn}`).sort(),
    weeks: weeks.length,
  };
}

/** An organization with history in every transferred table. */
async function seededOrg() {
  const org = await newOrg({ today: "2025-01-06" });
  const rep = await addMember(org);
  await seedBenchHistory(org.ctx, { reps: 4, weeks: 30, seed: 7, now: NOW });
  const db = await testDb();
  const orgId = org.ctx.org.id;
  await db
    .insert(laggingResults)
    .values({ orgId, memberId: rep.memberId, weekStart: "2026-11-16", dealsWon: 2, revenueWon: 4200 });
  await db
    .insert(memberPay)
    .values({ orgId, memberId: rep.memberId, kind: "monthly", amount: 3100, effectiveFrom: "2026-01-05" });
  const [round] = await db.insert(surveyRounds).values({ orgId, title: "Q4", privacy: "named" }).returning();
  await db.insert(surveyResponses).values({
    orgId,
    roundId: round!.id,
    memberId: rep.memberId,
    health: "healthy",
    practices: { p1: 4 },
    openPipelineValue: 1000,
    expectedToClose: 400,
    target: 900,
  });
  return { org, rep };
}

/** Runs `work` against a fresh database of the other driver, then comes back to the test's one. */
async function onTheOtherDriver<T>(work: () => Promise<T>): Promise<T> {
  const admin = postgres(adminDatabaseUrl(), { max: 1, onnotice: () => {} });
  const name = `funnelmeter_move_${unique("db").replace(/-/g, "_")}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "funnelmeter-move-"));
  try {
    if (driverUnderTest === "pglite") {
      await admin.unsafe(`create database ${name}`);
      return await onDatabase({ url: withDatabaseName(adminDatabaseUrl(), name) }, work);
    }
    return await onDatabase({ dataDir: dir }, work);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describeDb("moving an organization", () => {
  it("an export imported under a new slug has the same KPIs, members and rows; accounts linked by e-mail", async () => {
    const { org, rep } = await seededOrg();
    const doc = readOrgExport(JSON.parse(JSON.stringify(await exportOrganizationData(org.slug, NOW))));
    expect(JSON.stringify(doc)).not.toMatch(/password/i);
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining(["weeklyEntries", "auditEvents", "surveyResponses"]),
    );
    const before = await kpisOf(org.slug);
    expect(before.weeks).toBeGreaterThan(50);

    const slug = unique("moved");
    const imported = await importOrganizationData(doc, { slug });
    expect(imported.rows.weeklyEntries).toBe(doc.tables.weeklyEntries!.length);
    expect(await kpisOf(slug)).toEqual(before);
    // On the same server the rep's account is the same account: linked by e-mail.
    const db = await testDb();
    const ctx = await operatorContext(slug);
    const [linked] = await db.select().from(users).where(eq(users.email, rep.email));
    const [cost] = await db
      .select()
      .from(memberPay)
      .where(and(eq(memberPay.orgId, ctx.org.id), eq(memberPay.memberId, rep.memberId)));
    expect(cost?.amount).toBe(3100);
    expect(linked?.id).toBe(rep.userId);

    await expect(importOrganizationData(doc, { slug })).rejects.toBeInstanceOf(ConflictError);
    expect(() => readOrgExport({ ...doc, version: 99 })).toThrow(ValidationError);
  });

  it("the document is the same whatever the page size it is read in", async () => {
    const { org } = await seededOrg();
    const text = (pageRows: number) =>
      writtenText(async (write) => {
        await writeOrganizationData(org.slug, write, { now: NOW, pageRows });
      });
    const whole = await text(100_000);
    expect(await text(3)).toBe(whole);
    expect(await text(7)).toBe(whole);
    const doc = readOrgExport(JSON.parse(whole));
    expect(doc.tables.weeklyEntries!.length).toBeGreaterThan(50);
    // Every row once: keys do not repeat across page ends.
    const keys = doc.tables.weeklyEntries!.map((row) => `${row.memberId} ${row.weekStart}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it(`a round trip to the other driver (${driverUnderTest === "pglite" ? "PostgreSQL" : "PGlite"}) gives the same KPIs`, async () => {
    const { org } = await seededOrg();
    const doc = JSON.parse(JSON.stringify(await exportOrganizationData(org.slug, NOW)));
    const before = await kpisOf(org.slug);
    const after = await onTheOtherDriver(async () => {
      await importOrganizationData(readOrgExport(doc));
      return kpisOf(org.slug);
    });
    expect(after).toEqual(before);
    // Back on the test's own database, which the detour did not change.
    expect(await kpisOf(org.slug)).toEqual(before);
  }, 120_000);
});
