import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { rowsOf } from "@/lib/data/sql-rows";
import { describeDb, driverUnderTest, testDb } from "./test/harness";

describeDb("statements prepared on PostgreSQL", () => {
  it.runIf(driverUnderTest === "postgres")(
    "are prepared once per connection, in and out of transactions, and planned for each execution's values",
    async () => {
      const db = await testDb();
      const marker = `prepared-${Date.now()}`;
      await db.transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await tx.execute(sql`select ${marker}::text as marker, ${i}::int as i`);
        // Savepoints hand their callback a handle prepared the same way.
        await tx.transaction(async (inner) => {
          await inner.execute(sql`select ${marker}::text as again`);
        });
        const [mode] = rowsOf<{ plan_cache_mode: string }>(await tx.execute(sql`show plan_cache_mode`));
        // No generic plan chosen once for tenants of very different sizes.
        expect(mode?.plan_cache_mode).toBe("force_custom_plan");
        const statements = rowsOf<{ statement: string }>(
          await tx.execute(
            sql`select statement from pg_prepared_statements where statement like ${"%::text as marker%"}`,
          ),
        );
        expect(statements.length).toBe(1);
        const inner = rowsOf<{ statement: string }>(
          await tx.execute(
            sql`select statement from pg_prepared_statements where statement like ${"%::text as again%"}`,
          ),
        );
        expect(inner.length).toBe(1);
      });
    },
  );
});
