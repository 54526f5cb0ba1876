// Applies the committed drizzle-kit migrations (db/migrations). Both drivers share
// drizzle's migration bookkeeping table, so the same files run on both.
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

export const migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");

// An arbitrary constant: serialises migrations when several app instances start at once.
const MIGRATION_LOCK_KEY = 7_311_052_026;

export async function migratePglite(client: PGlite): Promise<void> {
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(drizzle(client), { migrationsFolder });
}

/** Uses its own single connection, so the advisory lock and the migration share a session. */
export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: Number(process.env.DATABASE_CONNECT_TIMEOUT ?? 5),
  });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
