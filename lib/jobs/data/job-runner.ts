import "server-only";
// Runs the queued jobs of this process's database: graphile-worker on PostgreSQL (several
// app instances share the queue; each job is locked by one of them), or a polling loop over
// local_jobs on PGlite (one process owns the data directory, so one loop suffices).
import { eq, sql } from "drizzle-orm";
import { configuredDriver, getDb } from "@/db/client";
import { localJobs } from "@/db/schema";
import { rowsOf } from "@/lib/data/sql-rows";
import { backoffSeconds, type JsonPayload, jobNames, runJobAttempt } from "@/lib/jobs/registry";
import { ensureGraphileSchema, loadGraphile } from "./jobs";

export interface JobRunner {
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  /** How often to look for due jobs (retries, delayed jobs). */
  pollIntervalMs?: number;
  concurrency?: number;
}

/** Starts the queue's worker for every job name registered so far. */
export async function startQueueWorker(options: JobRunnerOptions = {}): Promise<JobRunner> {
  return configuredDriver() === "postgres" ? startGraphileWorker(options) : startLocalWorker(options);
}

async function startGraphileWorker(options: JobRunnerOptions): Promise<JobRunner> {
  await ensureGraphileSchema();
  const { graphile, logger } = await loadGraphile();
  const taskList = Object.fromEntries(
    jobNames().map((name) => [
      name,
      (payload: unknown, helpers: { job: { attempts: number; max_attempts: number } }) =>
        runJobAttempt(name, (payload ?? {}) as JsonPayload, {
          attempt: helpers.job.attempts,
          maxAttempts: helpers.job.max_attempts,
        }),
    ]),
  );
  const runner = await graphile.run({
    connectionString: process.env.DATABASE_URL,
    // PgBouncer 1.18 in transaction pooling cannot carry named prepared statements.
    noPreparedStatements: process.env.DATABASE_POOLING === "transaction",
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollIntervalMs ?? 1000,
    // The app decides when to stop (instrumentation's shutdown), not the library.
    noHandleSignals: true,
    logger,
    taskList,
  });
  // A worker that gives up (its database gone for good) must not take the server down with
  // an unhandled rejection; the jobs wait in the queue for the next start.
  runner.promise.catch((error: unknown) => console.error("[jobs] the worker stopped", error));
  return { stop: () => runner.stop() };
}

/** Claims the next due job: one UPDATE, so a job is never run twice at once. */
async function claimLocalJob() {
  const db = await getDb();
  const rows = await db.execute(sql`
    update local_jobs set attempts = attempts + 1, locked_until = now() + interval '10 minutes'
    where id = (
      select id from local_jobs
      where failed_at is null and run_at <= now() and (locked_until is null or locked_until < now())
      order by run_at limit 1 for update skip locked)
    returning id, name, payload, attempts, max_attempts`);
  return rowsOf<{ id: string; name: string; payload: JsonPayload; attempts: number; max_attempts: number }>(
    rows,
  )[0];
}

async function runLocalJob(job: NonNullable<Awaited<ReturnType<typeof claimLocalJob>>>) {
  const db = await getDb();
  try {
    await runJobAttempt(job.name, job.payload, { attempt: job.attempts, maxAttempts: job.max_attempts });
    await db.delete(localJobs).where(eq(localJobs.id, job.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const last = job.attempts >= job.max_attempts;
    await db
      .update(localJobs)
      .set({
        lastError: message,
        lockedUntil: null,
        ...(last
          ? { failedAt: sql`now()` }
          : { runAt: sql`now() + make_interval(secs => ${backoffSeconds(job.attempts)})` }),
      })
      .where(eq(localJobs.id, job.id));
  }
}

async function startLocalWorker(options: JobRunnerOptions): Promise<JobRunner> {
  const interval = options.pollIntervalMs ?? 1000;
  let stopped = false;
  let wake: () => void = () => {};
  const loop = (async () => {
    while (!stopped) {
      try {
        const job = await claimLocalJob();
        if (job) {
          await runLocalJob(job);
          continue;
        }
      } catch (error) {
        console.error("[jobs] the local queue could not be read", (error as Error).message);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, interval);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await loop;
    },
  };
}
