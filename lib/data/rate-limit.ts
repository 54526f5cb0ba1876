import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "./sql-rows";
import { globalDb } from "./tenant-tx";

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter kept in the database, so the limit holds across several app
 * instances. One statement counts the hit and starts a new window when the old one is over.
 */
export async function hitRateLimit(
  bucket: string,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const db = await globalDb();
  const result = await db.execute<{ hits: number }>(sql`
    insert into rate_limit_buckets (bucket, window_start, hits)
    values (${bucket}, ${windowStart.toISOString()}, 1)
    on conflict (bucket) do update set
      hits = case when rate_limit_buckets.window_start = excluded.window_start
                  then rate_limit_buckets.hits + 1 else 1 end,
      window_start = excluded.window_start
    returning hits`);
  const hits = Number(rowsOf<{ hits: number }>(result)[0]?.hits ?? 1);
  const windowEnds = windowStart.getTime() + windowSeconds * 1000;
  return {
    allowed: hits <= limit,
    remaining: Math.max(0, limit - hits),
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
  };
}
