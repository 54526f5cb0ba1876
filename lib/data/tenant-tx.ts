import "server-only";
// Every query on tenant rows runs inside a transaction that first becomes the app's query
// role (funnelmeter_app: no superuser, no BYPASSRLS, owns no table) and sets what the
// row-level security policies of db/migrations/0002_row_level_security.sql look at:
// - inOrg: app.org_id, from a resolved membership (OrgContext), never from request input;
// - lookup: one key of the few global reads that precede an org context (log-in's
//   memberships, an invitation link, an API key, an organization by slug).
// Both settings and the role are transaction-local (set_config(..., true) = SET LOCAL), so
// nothing leaks to the next user of a pooled connection, with or without PgBouncer.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Database, getDatabase, getDb } from "@/db/client";
import { QUERY_ROLE } from "@/db/row-security";
import type { Role } from "@/db/schema";
import { metrics } from "@/lib/runtime/metrics";
import { throwIfAbandoned } from "@/lib/runtime/request-context";
import { throughOutageGate } from "./outage-gate";
import { rowsOf } from "./sql-rows";

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface OrgContext {
  org: { id: string; slug: string; name: string; timeZone: string; requireTwoFactor?: boolean };
  /** The acting member; for API keys, null (the key acts as a manager of the org). */
  member: { id: string; role: Role; name: string; email: string } | null;
  role: Role;
  userId: string | null;
  /** Set when the request came with an API key: audit events are attributed to it. */
  apiKeyId?: string | null;
  /**
   * The primary's WAL position after this person's last write (from a short-lived cookie):
   * a replica serves their reads only once it has replayed that far (read-your-own-writes).
   * null: no recent write. Absent (API keys, actions): reads stay on the primary.
   */
  readAfterLsn?: string | null;
}

/** The keys of the narrow lookups; each policy admits only the rows matching its key. */
export type Lookup =
  | { userId: string }
  | { invitationTokenHash: string }
  | { apiKeyHash: string }
  | { orgSlug: string }
  // The weekly mailings' clock, which runs without a request: the organizations' ids and
  // time zones (policy lookup_for_schedule on organizations only).
  | { scheduler: "mailings" };

const settingOf = {
  userId: "app.user_id",
  invitationTokenHash: "app.invitation_token_hash",
  apiKeyHash: "app.api_key_hash",
  orgSlug: "app.org_slug",
  scheduler: "app.scheduler",
} as const;

async function becomeQueryRole(tx: Tx, setting: string, value: string) {
  await tx.execute(
    sql`select set_config('role', ${QUERY_ROLE}, true), set_config(${setting}, ${value}, true)`,
  );
}

type TransactionConfig = Parameters<Database["transaction"]>[1];

async function inQueryRoleTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  on?: Database,
  config?: TransactionConfig,
): Promise<T> {
  // A read whose client has gone starts no more transactions (lib/runtime/request-context.ts).
  throwIfAbandoned();
  const gauge = metrics().dbInUse;
  gauge.inc();
  try {
    return await throughOutageGate(async () => (on ?? (await getDb())).transaction(work, config));
  } finally {
    gauge.dec();
  }
}

export async function inOrg<T>(
  ctx: { org: Pick<OrgContext["org"], "id"> },
  work: (tx: Tx) => Promise<T>,
  on?: Database,
) {
  return inQueryRoleTransaction(asOrg(ctx.org.id, work), on);
}

const asOrg =
  <T>(orgId: string, work: (tx: Tx) => Promise<T>) =>
  async (tx: Tx) => {
    await becomeQueryRole(tx, "app.org_id", orgId);
    return work(tx);
  };

/**
 * A read of many statements that must see one moment of the organization (a download read a
 * page at a time): REPEATABLE READ, read only, on the primary.
 */
export async function inOrgSnapshot<T>(
  ctx: { org: Pick<OrgContext["org"], "id"> },
  work: (tx: Tx) => Promise<T>,
) {
  return inQueryRoleTransaction(asOrg(ctx.org.id, work), undefined, {
    isolationLevel: "repeatable read",
    accessMode: "read only",
  });
}

const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;

/**
 * For heavy read-only dashboard queries: on the streaming replica when one is configured
 * (DATABASE_READ_URL) and it has replayed this person's last write, else on the primary.
 */
export async function inOrgRead<T>(
  ctx: Pick<OrgContext, "org" | "readAfterLsn">,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const { replica } = await getDatabase();
  if (!replica || ctx.readAfterLsn === undefined) return inOrg(ctx, work);
  try {
    if (ctx.readAfterLsn && LSN.test(ctx.readAfterLsn)) {
      const result = await replica.execute(
        sql`select pg_last_wal_replay_lsn() >= ${ctx.readAfterLsn}::pg_lsn as fresh`,
      );
      if (!rowsOf<{ fresh: boolean | null }>(result)[0]?.fresh) return inOrg(ctx, work);
    }
    return await inOrg(ctx, work, replica);
  } catch {
    // A replica that is down or lagging must not take the dashboards with it.
    return inOrg(ctx, work);
  }
}

/** The primary's WAL position now, when a replica serves reads; else null (nothing to wait for). */
export async function writePosition(): Promise<string | null> {
  const { db, replica } = await getDatabase();
  if (!replica) return null;
  const result = await db.execute(sql`select pg_current_wal_lsn()::text as lsn`);
  return rowsOf<{ lsn: string }>(result)[0]?.lsn ?? null;
}

export async function lookup<T>(by: Lookup, work: (tx: Tx) => Promise<T>): Promise<T> {
  const [[name, value]] = Object.entries(by) as [[keyof typeof settingOf, string]];
  return inQueryRoleTransaction(async (tx) => {
    await becomeQueryRole(tx, settingOf[name], value);
    return work(tx);
  });
}

/**
 * A new organization's id, made the caller's transaction's org context before anything of
 * it is written: the organization and its first rows then pass the policies like any
 * other write (sign-up, the admin CLI, the demo seed run this inside their transaction).
 */
export async function enterNewOrg(tx: Tx): Promise<string> {
  const id = randomUUID();
  await becomeQueryRole(tx, "app.org_id", id);
  return id;
}

/**
 * Makes the caller's (global) transaction the context of one of the user's organizations for
 * the writes that follow: a change to a person's own account (two-factor sign-in) is
 * recorded in the audit log of each organization they belong to, in the same transaction.
 * `orgId` must come from the person's memberships, never from request input.
 */
export async function enterMemberOrg(tx: Tx, orgId: string): Promise<void> {
  await becomeQueryRole(tx, "app.org_id", orgId);
}

/**
 * For the global reads and writes of tables that hold no tenant rows (users, password
 * reset tokens, rate-limit buckets). Tenant tables are invisible here on a database whose
 * connecting role is subject to row-level security; use inOrg or lookup for them.
 */
export async function globalDb(): Promise<Database> {
  return getDb();
}
