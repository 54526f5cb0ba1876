import "server-only";
// Enqueueing jobs (the API is lib/jobs/registry.ts). On PostgreSQL a job is a row of
// graphile-worker's queue, added with its SQL function so that it can join the caller's
// transaction; on PGlite it is a row of local_jobs. Either way, a job enqueued inside a
// transaction that rolls back never runs.
import { sql } from "drizzle-orm";
import { configuredDriver, getDb } from "@/db/client";
import { localJobs } from "@/db/schema";
import { rowsOf } from "@/lib/data/sql-rows";
import { type EnqueueOptions, type JsonPayload, maxAttemptsOf } from "@/lib/jobs/registry";

const migratedKey = Symbol.for("funnelmeter.graphileMigrated");
type GlobalWithMigration = typeof globalThis & { [migratedKey]?: Promise<void> };

/** The library, loaded on first use, with a logger that keeps warnings and errors only. */
export async function loadGraphile() {
  const graphile = await import("graphile-worker");
  // graphile-worker logs every job at info level: too much for the server log.
  const logger = new graphile.Logger(() => (level, message) => {
    if (level === "error") console.error(`[jobs] ${message}`);
    else if (level === "warning") console.warn(`[jobs] ${message}`);
  });
  return { graphile, logger };
}

/** Behind PgBouncer's transaction pooling, graphile's migration talks to the server itself. */
function graphileMigrationUrl(): string | undefined {
  return process.env.DATABASE_MIGRATION_URL || process.env.DATABASE_URL;
}

/** graphile-worker's schema, installed (or upgraded) once per process before the first use. */
export function ensureGraphileSchema(): Promise<void> {
  const g = globalThis as GlobalWithMigration;
  g[migratedKey] ??= (async () => {
    const { graphile, logger } = await loadGraphile();
    await graphile.runMigrations({ connectionString: graphileMigrationUrl(), logger });
  })().catch((error) => {
    g[migratedKey] = undefined;
    throw error;
  });
  return g[migratedKey];
}

export async function enqueue(
  name: string,
  payload: JsonPayload,
  options: EnqueueOptions = {},
): Promise<void> {
  const maxAttempts = maxAttemptsOf(name, options);
  const runAt = options.runAt ?? null;
  const db = options.tx ?? (await getDb());
  if (configuredDriver() === "postgres") {
    await ensureGraphileSchema();
    // A job is often enqueued inside a tenant transaction, which runs as the row-level
    // security query role (lib/data/tenant-tx.ts). graphile-worker guards its own tables with
    // row-level security that only their owner passes, so the transaction steps back to the
    // connecting role for this one call and then becomes the query role again.
    const [role] = rowsOf<{ role: string }>(await db.execute(sql`select current_setting('role') as role`));
    const stepBack = role && role.role !== "none";
    if (stepBack) await db.execute(sql`select set_config('role', 'none', true)`);
    await db.execute(
      sql`select graphile_worker.add_job(${name}, ${JSON.stringify(payload)}::json,
        run_at => ${runAt?.toISOString() ?? null}::timestamptz, max_attempts => ${maxAttempts})`,
    );
    if (stepBack) await db.execute(sql`select set_config('role', ${role.role}, true)`);
    return;
  }
  await db.insert(localJobs).values({ name, payload, maxAttempts, ...(runAt ? { runAt } : {}) });
}
