import "server-only";
import { and, count, gt, inArray, lt, sql } from "drizzle-orm";
import { loginFailures } from "@/db/schema";
import { rowsOf } from "@/lib/data/sql-rows";
import { globalDb } from "@/lib/data/tenant-tx";

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * A sliding-window counter kept in the database, so the limit holds across several app
 * instances. It counts this fixed window's hits plus the previous window's, weighted by the
 * share of the previous window that still lies within the last `windowSeconds`: a burst at
 * the end of one window and another at the start of the next count together, so a window
 * boundary no longer lets twice the limit through. One statement counts the hit and rolls the
 * windows over.
 */
export async function hitRateLimit(
  bucket: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const previousStart = new Date(windowStart.getTime() - windowMs);
  const db = await globalDb();
  // In SET every right-hand side reads the row as it was before this statement.
  const result = await db.execute<{ hits: number; previous_hits: number }>(sql`
    insert into rate_limit_buckets (bucket, window_start, hits, previous_hits)
    values (${bucket}, ${windowStart.toISOString()}, 1, 0)
    on conflict (bucket) do update set
      previous_hits = case
        when rate_limit_buckets.window_start = excluded.window_start then rate_limit_buckets.previous_hits
        when rate_limit_buckets.window_start = ${previousStart.toISOString()} then rate_limit_buckets.hits
        else 0 end,
      hits = case when rate_limit_buckets.window_start = excluded.window_start
                  then rate_limit_buckets.hits + 1 else 1 end,
      window_start = excluded.window_start
    returning hits, previous_hits`);
  const row = rowsOf<{ hits: number; previous_hits: number }>(result)[0];
  return slidingVerdict(
    Number(row?.hits ?? 1),
    Number(row?.previous_hits ?? 0),
    limit,
    windowMs,
    now.getTime() - windowStart.getTime(),
  );
}

/** The verdict from both windows' counts; exported for its table-driven test. */
export function slidingVerdict(
  hits: number,
  previousHits: number,
  limit: number,
  windowMs: number,
  elapsedMs: number,
): RateLimitVerdict {
  const overlap = 1 - elapsedMs / windowMs;
  const estimate = hits + previousHits * overlap;
  const allowed = estimate <= limit;
  // When the estimate falls back to the limit: the previous window's weight runs out first;
  // if this window alone is over, only the next window helps.
  let waitMs: number;
  if (allowed) waitMs = 0;
  else if (hits >= limit) waitMs = windowMs - elapsedMs;
  else waitMs = windowMs * (1 - (limit - hits) / previousHits) - elapsedMs;
  return {
    allowed,
    remaining: Math.max(0, Math.floor(limit - estimate)),
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  };
}

/** How many failures the buckets hold within the last `windowSeconds`, the highest of them. */
export async function recentFailures(buckets: readonly string[], windowSeconds: number, now = new Date()) {
  const db = await globalDb();
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const rows = await db
    .select({ bucket: loginFailures.bucket, failures: count() })
    .from(loginFailures)
    .where(and(inArray(loginFailures.bucket, [...buckets]), gt(loginFailures.failedAt, since)))
    .groupBy(loginFailures.bucket);
  return Math.max(0, ...rows.map((r) => Number(r.failures)));
}

/** One failure in each bucket; rows older than the window go at the same time. */
export async function recordFailure(buckets: readonly string[], windowSeconds: number, now = new Date()) {
  const db = await globalDb();
  const since = new Date(now.getTime() - windowSeconds * 1000);
  await db.transaction(async (tx) => {
    await tx.insert(loginFailures).values(buckets.map((bucket) => ({ bucket, failedAt: now })));
    await tx
      .delete(loginFailures)
      .where(and(inArray(loginFailures.bucket, [...buckets]), lt(loginFailures.failedAt, since)));
  });
}
