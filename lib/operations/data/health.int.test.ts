import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeDb, testDb } from "@/db/test/harness";
import { rowsOf } from "@/lib/data/sql-rows";
import { addHealthProbe } from "@/lib/runtime/health-probes";
import { healthReport } from "./health";

describeDb("health", () => {
  it("is ok on a database at the latest migration, and says which one", async () => {
    const report = await healthReport();
    expect(report).toMatchObject({ status: "ok", database: "up", schema: { pending: 0 } });
    expect(report.schema?.current).toBe(report.schema?.latest);
  });

  it("is degraded while a migration is pending, and while a probe (the job queue) is not fine", async () => {
    const db = await testDb();
    // Forget the latest migration for a moment, as a database behind the code would be.
    const [latest] = rowsOf<{ id: number; hash: string; created_at: string }>(
      await db.execute(
        sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning id, hash, created_at::text`,
      ),
    );
    try {
      const report = await healthReport();
      expect(report).toMatchObject({ status: "degraded", database: "up", schema: { pending: 1 } });
      expect(report.schema?.current).not.toBe(report.schema?.latest);
    } finally {
      await db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${latest?.id}, ${latest?.hash}, ${latest?.created_at}::bigint)`,
      );
    }
    const removeProbe = addHealthProbe("jobs", async () => ({ ok: false, lagSeconds: 900 }));
    try {
      expect(await healthReport()).toMatchObject({
        status: "degraded",
        checks: { jobs: { ok: false, lagSeconds: 900 } },
      });
    } finally {
      removeProbe();
    }
    expect((await healthReport()).status).toBe("ok");
  });
});
