// Picks the database driver, opens it once per process and applies pending migrations.
// Only the data modules (lib/data/ and lib/<feature>/data/) and the test harness import
// this module: a unit test enforces that.
//
// - DATABASE_URL set: PostgreSQL through postgres.js. Behind PgBouncer in transaction
//   pooling mode set DATABASE_POOLING=transaction (no prepared statements: PgBouncer 1.18
//   cannot carry them across server connections) and DATABASE_MIGRATION_URL to the server
//   itself (the migration lock is a session-level advisory lock).
// - DATABASE_READ_URL (optional): a streaming replica for heavy dashboard reads
//   (`replica`); lib/data/tenant-tx.ts decides when the replica is fresh enough.
// - otherwise: the embedded PGlite, with its data on disk (FUNNELMETER_DATA_DIR,
//   default ./.data), so that a newcomer needs no database server.
//
// The handle lives on globalThis because Next.js evaluates route handlers and pages in
// separate module graphs: a module-level singleton gave two PGlite instances on one
// directory that disagreed about the data.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { metrics } from "../lib/runtime/metrics";
import { onShutdown } from "../lib/runtime/shutdown";
import { dataDirectory } from "./data-dir";
import { acquireDataDirLock, releaseDataDirLock } from "./data-dir-lock";
import { migratePglite, migratePostgres } from "./migrate";
import { planParameters, preparedByDefault } from "./prepared-statements";
import { assertRowSecurity } from "./row-security";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = "postgres" | "pglite";

interface OpenDatabase {
  db: Database;
  driver: Driver;
  close: () => Promise<void>;
  /** A replica's handle for reads, when DATABASE_READ_URL is set (PostgreSQL only). */
  replica?: Database;
}

const globalKey = Symbol.for("funnelmeter.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<OpenDatabase> };

export function configuredDriver(): Driver {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

/**
 * PostgreSQL: pending migrations are applied on open except in production, where several
 * instances may start at once and an operator decides (MIGRATE_ON_START=true, or
 * `npm run admin -- migrate` before the start; the start refuses while any is pending).
 */
export function migratesOnOpen(): boolean {
  const asked = process.env.MIGRATE_ON_START;
  if (asked) return asked === "true";
  return process.env.NODE_ENV !== "production";
}

/**
 * Seconds a new connection may take before the query fails. postgres.js waits 30 s by
 * default: during a database outage every request would hang that long instead of
 * failing with a clear error.
 */
export const connectTimeoutSeconds = () => Number(process.env.DATABASE_CONNECT_TIMEOUT ?? 5);

async function openPostgres(url: string, migrate = migratesOnOpen()): Promise<OpenDatabase> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  if (migrate) await migratePostgres(process.env.DATABASE_MIGRATION_URL || url);
  const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  metrics().dbPoolSize.set(poolSize);
  // Prepared statements, planned for each execution's values (db/prepared-statements.ts);
  // not behind PgBouncer in transaction pooling mode, which cannot carry them.
  const preparing = process.env.DATABASE_POOLING !== "transaction";
  const options = {
    max: poolSize,
    connect_timeout: connectTimeoutSeconds(),
    // postgres.js waits up to 20 s (growing exponentially) before a failed connection tries
    // again, and the queries queued on it wait too: after a database restart requests hung
    // for 15-20 s although the server was back. A short, flat pause recovers within a second.
    backoff: () => 0.25,
    onnotice: () => {},
    prepare: preparing,
    ...(preparing ? { connection: planParameters } : {}),
  };
  // postgres.js 3.4.9 itself is patched (patches/postgres+3.4.9.patch, applied by npm
  // install): a connection that closed with a write pending never sent its next startup
  // message, so after a database restart requests waited out connect_timeout, and a
  // transaction's query on a closed connection threw outside any request.
  const client = postgres(url, options);
  const db = drizzle(preparedByDefault(client), { schema }) as unknown as Database;
  const readUrl = process.env.DATABASE_READ_URL;
  const readClient = readUrl ? postgres(readUrl, options) : null;
  return {
    db,
    driver: "postgres",
    replica: readClient
      ? (drizzle(preparedByDefault(readClient), { schema }) as unknown as Database)
      : undefined,
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), readClient?.end({ timeout: 5 })]);
    },
  };
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
  const opened = await (url ? openPostgres(url) : openPglite());
  try {
    await assertRowSecurity(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  // On SIGTERM (scripts/start.mjs), after the last request: close the pool, or close the
  // embedded database and release its lock.
  onShutdown("database", closeDb, "close");
  return opened;
}

/** `npm run admin -- migrate`: applies pending migrations whatever migratesOnOpen says. */
export async function applyMigrations(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) await migratePostgres(url);
  else await getDatabase(); // the embedded database is always migrated on open
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
