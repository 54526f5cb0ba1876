// The job API, the same on both queues (graphile-worker on PostgreSQL, the local_jobs table
// on PGlite): a job is a name and a JSON payload; a handler is registered once per name.
// A handler that throws is retried with exponential backoff (e^attempt seconds, at most
// e^10, as graphile-worker does) until maxAttempts; then its giveUp hook runs, so that the
// product can say what was not done (an invitation whose mail never left, a webhook that
// never answered). Handlers must be idempotent where a retry could repeat a side effect.
import type { Tx } from "@/lib/data/tenant-tx";

export type JsonPayload = Record<string, unknown>;

export interface JobAttempt {
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export interface JobHandler<P extends JsonPayload = JsonPayload> {
  run(payload: P, attempt: JobAttempt): Promise<void>;
  /** Called once, after the last attempt failed. */
  giveUp?(payload: P, error: Error): Promise<void>;
  /** Default for jobs of this name (overridable per enqueue). */
  maxAttempts?: number;
}

export interface EnqueueOptions {
  maxAttempts?: number;
  /** Not before this moment. */
  runAt?: Date;
  /** Enqueue inside this transaction: the job exists only if the transaction commits. */
  tx?: Tx;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

const handlers = new Map<string, JobHandler>();

/** Registers the handler for a job name (once; a second registration is a programming error). */
export function defineJob<P extends JsonPayload>(name: string, handler: JobHandler<P>): string {
  if (handlers.has(name) && handlers.get(name) !== handler) throw new Error(`job ${name} is defined twice`);
  handlers.set(name, handler as unknown as JobHandler);
  return name;
}

export function jobNames(): string[] {
  return [...handlers.keys()];
}

export function maxAttemptsOf(name: string, options?: EnqueueOptions): number {
  return options?.maxAttempts ?? handlers.get(name)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
}

/** Seconds before the next attempt after `attempt` failed. */
export function backoffSeconds(attempt: number): number {
  return Math.exp(Math.min(10, attempt));
}

/**
 * Runs one attempt of a job for whichever queue fetched it. Rethrows the handler's error so
 * that the queue schedules the retry; after the last attempt the giveUp hook runs first.
 */
export async function runJobAttempt(name: string, payload: JsonPayload, attempt: JobAttempt): Promise<void> {
  const handler = handlers.get(name);
  if (!handler) throw new Error(`no handler for job ${name}`);
  try {
    await handler.run(payload, attempt);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    if (attempt.attempt >= attempt.maxAttempts && handler.giveUp) await handler.giveUp(payload, failure);
    throw failure;
  }
}
