import "server-only";
// Every tenant query runs inside a transaction that first sets the organization context
// as a transaction-local setting, so that PostgreSQL row-level security policies
// (current_setting('app.org_id')) can be switched on as a second wall without touching
// the callers. The org id always comes from a resolved membership (OrgContext), never
// from request input.
import { sql } from "drizzle-orm";
import { type Database, getDb } from "@/db/client";
import type { Role } from "@/db/schema";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OrgContext {
  org: { id: string; slug: string; name: string; timeZone: string };
  /** The acting member; for API keys, null (the key acts as a manager of the org). */
  member: { id: string; role: Role; name: string; email: string } | null;
  role: Role;
  userId: string | null;
  /** Set when the request came with an API key: audit events are attributed to it. */
  apiKeyId?: string | null;
}

export async function inOrg<T>(ctx: Pick<OrgContext, "org">, work: (tx: Tx) => Promise<T>) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.org_id', ${ctx.org.id}, true)`);
    return work(tx);
  });
}

/** For the few global reads (log-in, membership resolution) that precede an org context. */
export async function globalDb(): Promise<Database> {
  return getDb();
}
