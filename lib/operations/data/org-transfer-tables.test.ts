// Fails when a table of db/schema.ts that belongs to an organization (it has org_id) is
// neither moved with the organization nor listed, with a reason, as staying behind.
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { NOT_TRANSFERRED, TRANSFERRED } from "./org-transfer-tables";

const tenantTables = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .filter((table) => Object.values(getTableColumns(table)).some((column) => column.name === "org_id"))
  .map((table) => getTableName(table));

describe("the organization export's tables", () => {
  it("finds the tenant tables of the schema", () => {
    expect(tenantTables).toContain("weekly_entries");
    expect(tenantTables).toContain("audit_events");
  });

  it.each(tenantTables)("%s is either exported or excluded with a reason", (name) => {
    const exported = TRANSFERRED.some((spec) => getTableName(spec.table) === name);
    const excluded = Boolean(NOT_TRANSFERRED[name]?.trim());
    expect(exported !== excluded, `${name}: exported ${exported}, excluded ${excluded}`).toBe(true);
  });
});
