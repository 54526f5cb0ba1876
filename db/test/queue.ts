// The test files of one run share one database and so one job queue: by the time a test
// starts a worker, earlier files have queued hundreds of mails (invitations, resets) that
// nobody ran. A test that waits for its own mail first forgets those, or its worker spends
// the wait delivering other files' mail.
import { sql } from "drizzle-orm";
import { rowsOf } from "@/lib/data/sql-rows";
import { testDb } from "./harness";

/**
 * Forgets every queued job, or with `keepOrgId` every job whose payload names another
 * organization (the weekly mailings' clock starts one for every organization of the run).
 */
export async function forgetQueuedJobs(keepOrgId?: string): Promise<void> {
  const db = await testDb();
  const keep = keepOrgId ?? "";
  await db.execute(sql`delete from local_jobs where payload->>'orgId' is distinct from ${keep}`);
  // graphile-worker's queue exists on PostgreSQL once a job was enqueued there.
  const graphile = await db.execute(sql`select to_regclass('graphile_worker._private_jobs') as t`);
  if (rowsOf<{ t: string | null }>(graphile)[0]?.t) {
    await db.execute(
      sql`delete from graphile_worker._private_jobs where payload->>'orgId' is distinct from ${keep}`,
    );
  }
}
