// Runs once per integration project (one per driver). Each run gets its own fresh
// database, created here and dropped in the teardown: a temporary PGlite data directory,
// or a new database on the local PostgreSQL server.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { adminDatabaseUrl, withDatabaseName } from "./local-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testDataDir: string | null;
    testDatabaseUrl: string | null;
    testSkipReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const driver = project.config.env?.FUNNELMETER_TEST_DRIVER;
  project.provide("testDataDir", null);
  project.provide("testDatabaseUrl", null);
  project.provide("testSkipReason", null);

  if (driver === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "funnelmeter-test-"));
    // Create and migrate the directory once; each test file then opens it in ~1 s.
    const { PGlite } = await import("@electric-sql/pglite");
    const { migratePglite } = await import("../migrate");
    const client = await PGlite.create(path.join(dir, "pgdata"));
    await migratePglite(client);
    await client.close();
    project.provide("testDataDir", dir);
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }

  const { default: postgres } = await import("postgres");
  const adminUrl = adminDatabaseUrl();
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    const reason = `no PostgreSQL server at ${new URL(adminUrl).host} (${(error as Error).message})`;
    if (process.env.CI) throw new Error(`CI requires the real-PostgreSQL test layer: ${reason}`);
    console.warn(`\n!!!!! SKIPPING the real-PostgreSQL integration tests: ${reason} !!!!!\n`);
    project.provide("testSkipReason", reason);
    return;
  }
  const name = `funnelmeter_test_${crypto.randomBytes(6).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = withDatabaseName(adminUrl, name);
  const { migratePostgres } = await import("../migrate");
  await migratePostgres(url);
  project.provide("testDatabaseUrl", url);
  return async () => {
    const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
}
