import "server-only";
// What the production start checks in the database (after lib/runtime/config.ts has
// checked the environment). A database that is down right now is not a configuration
// error: the app starts, reports 503 on /api/v1/health and recovers when it comes back.
// A database that can never work as configured (unknown host, wrong password, missing
// database, migrations not applied, a query role that could bypass row-level security)
// is, and the start refuses.
import { getDatabase } from "@/db/client";
import { migrationStatus } from "@/db/migration-status";
import { isDatabaseOutage } from "@/lib/runtime/outage";

// postgres.js / Node error codes of a server that is (temporarily) not there.
const OUTAGE_CODES = new Set([
  "ECONNREFUSED",
  "CONNECT_TIMEOUT",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ECONNRESET",
  "57P03",
]);

export function isOutage(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code !== undefined && OUTAGE_CODES.has(code);
}

export interface DatabaseCheck {
  problems: string[];
  /** Set when the database is down now: the start goes on, degraded. */
  outage: string | null;
}

export async function checkDatabaseAtStart(): Promise<DatabaseCheck> {
  let opened: Awaited<ReturnType<typeof getDatabase>>;
  try {
    opened = await getDatabase();
  } catch (error) {
    // drizzle wraps the driver's error ("Failed query: …"): the database's own words are its cause.
    const message = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
    if (isDatabaseOutage(error)) return { problems: [], outage: message };
    return { problems: [`DATABASE_URL: the database cannot be used: ${message}`], outage: null };
  }
  const status = await migrationStatus(opened.db);
  if (status.pending.length === 0) return { problems: [], outage: null };
  return {
    problems: [
      `database: ${status.pending.length} migration(s) not applied (${status.pending.join(", ")}); ` +
        "run `npm run admin -- migrate` or set MIGRATE_ON_START=true",
    ],
    outage: null,
  };
}
