// The schema stays ready to be distributed by org_id (Citus, docs/SCALING.md): a distributed
// table's primary key and unique keys must contain the distribution column, and a foreign
// key between two distributed tables must include it, so that every join and every
// constraint check stays on one node. Tables without org_id are global (reference tables).
import { expect, it } from "vitest";
import { rowsOf } from "@/lib/data/sql-rows";
import { describeDb, testDb } from "./test/harness";

interface KeyRow {
  table: string;
  name: string;
  type: "p" | "u" | "f";
  columns: string[];
  target: string | null;
}

async function catalog() {
  const db = await testDb();
  const tenant = rowsOf<{ table: string }>(
    await db.execute(`select c.relname as "table" from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
      where n.nspname = 'public' and c.relkind in ('r', 'p')`),
  ).map((r) => r.table);
  const keys = rowsOf<KeyRow>(
    await db.execute(`select c.relname as "table", k.conname as name, k.contype as type,
        array(select a.attname::text from unnest(k.conkey) u(n)
              join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n) as columns,
        t.relname as target
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_class t on t.oid = k.confrelid
      where n.nspname = 'public' and k.contype in ('p', 'u', 'f')`),
  );
  // Unique indexes that are not constraints count as unique keys too.
  const uniqueIndexes = rowsOf<{ table: string; name: string; columns: string[] }>(
    await db.execute(`select c.relname as "table", i.relname as name,
        array(select a.attname::text from unnest(x.indkey::int2[]) u(n)
              join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.n) as columns
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and x.indisunique
        and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`),
  );
  return { tenant: new Set(tenant), keys, uniqueIndexes };
}

describeDb("the schema is ready for distribution by org_id", () => {
  it("every tenant table's primary key and unique keys include org_id", async () => {
    const { tenant, keys, uniqueIndexes } = await catalog();
    expect(tenant.size).toBeGreaterThan(5);
    const offending = [
      ...keys
        .filter((k) => k.type !== "f")
        .map((k) => ({ ...k, kind: k.type === "p" ? "primary key" : "unique" })),
      ...uniqueIndexes.map((k) => ({ ...k, kind: "unique index" })),
    ]
      .filter((k) => tenant.has(k.table) && !k.columns.includes("org_id"))
      .map((k) => `${k.table}: ${k.kind} ${k.name} (${k.columns.join(", ")})`);
    expect(offending).toEqual([]);
    for (const table of tenant) {
      expect(
        keys.some((k) => k.table === table && k.type === "p"),
        `${table} has a primary key`,
      ).toBe(true);
    }
  });

  it("foreign keys between tenant tables include org_id", async () => {
    const { tenant, keys } = await catalog();
    const offending = keys
      .filter((k) => k.type === "f" && tenant.has(k.table) && k.target && tenant.has(k.target))
      .filter((k) => !k.columns.includes("org_id"))
      .map((k) => `${k.table}.${k.name} (${k.columns.join(", ")}) → ${k.target}`);
    expect(offending).toEqual([]);
  });
});
