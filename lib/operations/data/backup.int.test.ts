// The README's backup and restore, done by a test: PostgreSQL with pg_dump / pg_restore into
// a new database, PGlite by copying the data directory of a stopped app. The restored
// database answers the same KPIs as the original.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { expect, it } from "vitest";
import { closeDb } from "@/db/client";
import { describeDb, driverUnderTest, unique } from "@/db/test/harness";
import { adminDatabaseUrl, withDatabaseName } from "@/db/test/local-postgres";
import { newOrg } from "@/db/test/orgs";
import { onDatabase } from "@/db/test/other-database";
import { operatorContext } from "@/lib/admin/data/admin";
import { seedBenchHistory } from "@/lib/admin/data/bench-seed";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { computeKpis } from "@/lib/kpi/kpis";

async function kpisOf(slug: string) {
  const ctx = await operatorContext(slug);
  const setup = await loadKpiSetup(ctx);
  const weeks = await loadWeekRecords(ctx, { fromWeekStart: "2025-01-06", toWeekStart: "2026-11-23" });
  return computeKpis({ metrics: setup.metrics, weeks, relativePrecision: setup.relativePrecision });
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: "utf8" });
  expect(result.status, `${command}: ${result.stderr}`).toBe(0);
}

describeDb("backup and restore", () => {
  it(`a ${driverUnderTest === "postgres" ? "pg_dump" : "copy of the data directory"} restores to the same KPIs`, async () => {
    const org = await newOrg({ today: "2025-01-06" });
    await seedBenchHistory(org.ctx, { reps: 3, weeks: 20, seed: 3, now: new Date("2026-11-25T10:00:00Z") });
    const before = await kpisOf(org.slug);
    expect(before.weeksWithData).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "funnelmeter-backup-"));
    try {
      if (driverUnderTest === "postgres") {
        const url = process.env.DATABASE_URL!;
        const file = path.join(dir, "funnelmeter.dump");
        run("pg_dump", ["--format=custom", `--file=${file}`, url]);
        const name = `funnelmeter_restore_${unique("db").replace(/-/g, "_")}`;
        const admin = postgres(adminDatabaseUrl(), { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${name}`);
        try {
          const restored = withDatabaseName(adminDatabaseUrl(), name);
          run("pg_restore", ["--no-owner", `--dbname=${restored}`, file]);
          expect(await onDatabase({ url: restored }, () => kpisOf(org.slug))).toEqual(before);
        } finally {
          await admin.unsafe(`drop database if exists ${name} with (force)`);
          await admin.end();
        }
      } else {
        // The app is stopped (its lock released) before the directory is copied.
        await closeDb();
        const copy = path.join(dir, "data");
        fs.cpSync(process.env.FUNNELMETER_DATA_DIR!, copy, { recursive: true });
        expect(await onDatabase({ dataDir: copy }, () => kpisOf(org.slug))).toEqual(before);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
