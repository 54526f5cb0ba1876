// The role x permission matrix, through every registered server action: each case runs
// in a fresh organization as owner, manager, rep, a member of another organization and
// nobody, checks the exact outcome, and that the database is unchanged where the call was
// refused (and changed, with an audit event, where it was allowed). Cases live in
// lib/teams/action-matrix.ts; other features add theirs there.

import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { expect, it } from "vitest";
import { members } from "@/db/schema";
import {
  ACTION_MATRIX,
  type ActionMatrixCase,
  CALLERS,
  type Caller,
  type MatrixOrg,
} from "@/db/test/action-matrix";
import { describeDb, testDb } from "@/db/test/harness";
import { matrixOrg } from "@/db/test/matrix-org";
import { executeOrgAction } from "@/lib/actions/execute";
import { projectRoot, read, sourceFiles } from "@/lib/architecture/source-files";
import { rowsOf } from "@/lib/data/sql-rows";
import { can } from "@/lib/permissions";

const TENANT_TABLES = [
  "members",
  "metrics",
  "weekly_entries",
  "invitations",
  "api_keys",
  "member_pay",
  "lagging_results",
  "survey_rounds",
  "survey_responses",
  "audit_events",
  "webhook_endpoints",
  "webhook_deliveries",
];

/** Every row of both organizations, as sorted JSON: equal snapshots mean nothing changed. */
async function snapshot(org: MatrixOrg) {
  const db = await testDb();
  const tables: Record<string, string[]> = {};
  for (const orgId of [org.orgId, org.other.orgId]) {
    const orgRows = await db.execute(sql`select to_jsonb(o) as row from organizations o where id = ${orgId}`);
    tables[`organizations/${orgId}`] = rowsOf<{ row: unknown }>(orgRows).map((r) => JSON.stringify(r.row));
    for (const table of TENANT_TABLES) {
      const result = await db.execute(
        sql`select to_jsonb(t) as row from ${sql.identifier(table)} t where org_id = ${orgId}`,
      );
      tables[`${table}/${orgId}`] = rowsOf<{ row: unknown }>(result)
        .map((r) => JSON.stringify(r.row))
        .sort();
    }
  }
  return tables;
}

function defaultOutcome(c: ActionMatrixCase, caller: Caller) {
  if (caller === "anonymous") return "unauthorized";
  if (caller === "nonMember") return "not_found";
  return can(caller, c.definition.permission) ? "ok" : "forbidden";
}

function callerId(org: MatrixOrg, caller: Caller): string | null {
  switch (caller) {
    case "anonymous":
      return null;
    case "nonMember":
      return org.other.ownerUserId;
    default:
      return org[caller].userId;
  }
}

describeDb("role x permission matrix over every registered server action", () => {
  const rows = ACTION_MATRIX.flatMap((c) =>
    CALLERS.map((caller) => [c.name, caller, c.expected?.[caller] ?? defaultOutcome(c, caller), c] as const),
  );

  it.each(rows)("%s as %s → %s", async (_name, caller, expected, c) => {
    const org = await matrixOrg();
    const input = await c.input(org);
    const before = await snapshot(org);
    // An action may end by redirecting (leaving an organization): that is its success.
    const outcome = await executeOrgAction(c.definition, callerId(org, caller), org.slug, input).catch(
      (error) => {
        if (isRedirectError(error)) return { ok: true as const };
        throw error;
      },
    );
    expect(outcome.ok ? "ok" : outcome.code).toBe(expected);
    const after = await snapshot(org);
    if (expected === "ok" && c.changes !== false) {
      const key = `audit_events/${org.orgId}`;
      expect(after[key]!.length, "an allowed change writes an audit event").toBeGreaterThan(
        before[key]!.length,
      );
    } else {
      expect(after).toEqual(before);
    }
  });

  it("registers every organization action the app exports", async () => {
    // Each "use server" file exports orgAction(<definition>); find where each definition is
    // imported from, load it, and require it in the registry.
    const registered = new Set(ACTION_MATRIX.map((c) => c.definition));
    const actionFiles = sourceFiles([".ts"]).filter((f) => /^["']use server["'];/m.test(read(f)));
    let checked = 0;
    for (const file of actionFiles) {
      const source = read(file);
      for (const [, name] of source.matchAll(/orgAction\((\w+)\)/g)) {
        const from = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from "([^"]+)"`).exec(source)?.[1];
        expect(from, `${file}: where does ${name} come from?`).toBeDefined();
        const modulePath = from!.startsWith("@/")
          ? path.join(projectRoot, from!.slice(2))
          : path.join(projectRoot, path.dirname(file), from!);
        const definition = (await import(modulePath))[name!];
        expect(registered.has(definition), `${file}: ${name} is missing from ACTION_MATRIX`).toBe(true);
        checked++;
      }
      // An action defined inline cannot be registered: keep definitions in plain modules.
      expect(source, file).not.toMatch(/orgAction\(\s*\{/);
    }
    expect(checked).toBeGreaterThanOrEqual(19);
  });

  it("covers each caller of each case", async () => {
    expect(rows.length).toBe(ACTION_MATRIX.length * CALLERS.length);
    const db = await testDb();
    // The fixture itself is sound: three roles, three accounts.
    const org = await matrixOrg();
    const team = await db.select().from(members).where(eq(members.orgId, org.orgId));
    expect(team.map((m) => m.role).sort()).toEqual(["manager", "owner", "rep"]);
  });
});
