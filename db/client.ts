// Picks the database driver, opens it once per process and applies pending migrations.
// Only the data-access layer (lib/data/) and the test harness import this module: a unit
// test enforces that.
//
// - DATABASE_URL set: PostgreSQL through postgres.js.
// - otherwise: the embedded PGlite, with its data on disk (FUNNELMETER_DATA_DIR,
//   default ./.data), so that a newcomer needs no database server.
//
// The handle lives on globalThis because Next.js evaluates route handlers and pages in
// separate module graphs: a module-level singleton gave two PGlite instances on one
// directory that disagreed about the data.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { dataDirectory } from "./data-dir";
import { acquireDataDirLock, releaseDataDirLock } from "./data-dir-lock";
import { migratePglite, migratePostgres } from "./migrate";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = "postgres" | "pglite";

interface OpenDatabase {
  db: Database;
  driver: Driver;
  close: () => Promise<void>;
}

const globalKey = Symbol.for("funnelmeter.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<OpenDatabase> };

export function configuredDriver(): Driver {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  await migratePostgres(url);
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  const db = drizzle(client, { schema }) as unknown as Database;
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

async function openPglite(): Promise<OpenDatabase> {
  const dir = dataDirectory();
  acquireDataDirLock(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create(path.join(/*turbopackIgnore: true*/ dir, "pgdata"));
    await migratePglite(client);
    const db = drizzle(client, { schema }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        releaseDataDirLock(dir);
      },
    };
  } catch (error) {
    releaseDataDirLock(dir);
    throw error;
  }
}

async function open(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openPglite();
}

/** The database, opened and migrated on first use (never at module load: `next build` imports this). */
export async function getDatabase(): Promise<OpenDatabase> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    g[globalKey] = open().catch((error) => {
      g[globalKey] = undefined;
      throw error;
    });
  }
  return g[globalKey];
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

/** Closes the database (CLI commands and tests; the app keeps it open). */
export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const pending = g[globalKey];
  g[globalKey] = undefined;
  if (pending) await (await pending).close();
}
