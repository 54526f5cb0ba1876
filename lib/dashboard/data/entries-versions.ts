import "server-only";
// What a kept result over the organization's weeks is valid for (lib/data/kept-results.ts):
// every member's id and entries_version, which a trigger bumps whenever that member's weeks
// (and so their blocks) are written (migration 0017). Read in the same transaction as the
// weeks, so the versions describe the weeks read; a member added or removed changes it too.
// Digested by the database: 32 characters to Node instead of 40 per member.
import { sql } from "drizzle-orm";
import { rowsOf } from "@/lib/data/sql-rows";
import type { Tx } from "@/lib/data/tenant-tx";

export async function entriesVersions(tx: Tx, orgId: string): Promise<string> {
  const [row] = rowsOf<{ versions: string | null }>(
    await tx.execute(sql`
      select md5(string_agg(id::text || ':' || entries_version, ',' order by id)) as versions
      from members where org_id = ${orgId}`),
  );
  return row?.versions ?? "";
}
