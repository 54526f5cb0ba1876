// Which committed migrations (db/migrations/meta/_journal.json) the database has not
// applied yet. drizzle's migrator records each applied migration's journal timestamp in
// drizzle.__drizzle_migrations.created_at and applies every later one, so the same
// comparison tells what it would do.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { migrationsFolder } from "./migrate";

interface JournalEntry {
  tag: string;
  when: number;
}

export function committedMigrations(): JournalEntry[] {
  const journal = path.join(/*turbopackIgnore: true*/ migrationsFolder, "meta", "_journal.json");
  return (JSON.parse(fs.readFileSync(journal, "utf8")) as { entries: JournalEntry[] }).entries;
}

export interface MigrationStatus {
  /** The tag of the latest applied migration, null on an empty database. */
  current: string | null;
  latest: string | null;
  pending: string[];
}

export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const committed = committedMigrations();
  const result = await db
    .execute(sql`select coalesce(max(created_at), 0)::text as applied from drizzle.__drizzle_migrations`)
    .catch((error: { code?: string }) => {
      // 42P01/3F000: no bookkeeping table yet, i.e. nothing applied.
      if (error.code === "42P01" || error.code === "3F000") return [{ applied: "0" }];
      throw error;
    });
  const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  const applied = Number((rows[0] as { applied: string } | undefined)?.applied ?? 0);
  const done = committed.filter((m) => m.when <= applied);
  return {
    current: done.at(-1)?.tag ?? null,
    latest: committed.at(-1)?.tag ?? null,
    pending: committed.filter((m) => m.when > applied).map((m) => m.tag),
  };
}
