// The second wall: with the application's filters taken away (raw SQL, no org_id in the
// WHERE clause), PostgreSQL itself keeps tenants apart. Runs on both drivers: PGlite runs
// as a superuser, but SET LOCAL ROLE to the non-superuser query role makes the policies
// apply there too.
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assertRowSecurity, QUERY_ROLE, rowSecurityProblems, tenantTableSecurity } from "@/db/row-security";
import { describeDb, driverUnderTest, testDb, unique } from "@/db/test/harness";
import { newOrg } from "@/db/test/orgs";
import { rowsOf } from "./sql-rows";
import { inOrg, lookup, type Tx } from "./tenant-tx";

/** drizzle wraps the driver's error: the database's own message is its cause. */
const refusedByPolicy = (error: { message: string; cause?: { message?: string } }) =>
  /row-level security/.test(`${error.message} ${error.cause?.message ?? ""}`);

const orgIdsOfMembers = async (tx: Tx) =>
  rowsOf<{ org_id: string }>(await tx.execute(sql`select distinct org_id from members`)).map((r) => r.org_id);

describeDb("row-level security", () => {
  it("a transaction without an organization context sees no tenant rows at all", async () => {
    await newOrg();
    const db = await testDb();
    const counts = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${QUERY_ROLE}, true)`);
      const result = await tx.execute(sql`
        select (select count(*)::int from members) as members, (select count(*)::int from metrics) as metrics,
               (select count(*)::int from organizations) as organizations, (select count(*)::int from audit_events) as audit`);
      return rowsOf<Record<string, number>>(result)[0];
    });
    expect(counts).toEqual({ members: 0, metrics: 0, organizations: 0, audit: 0 });
  });

  it("inside organization A's context only A's rows are visible, even to a query without a filter", async () => {
    const a = await newOrg();
    const b = await newOrg();
    expect(await inOrg(a.ctx, orgIdsOfMembers)).toEqual([a.ctx.org.id]);
    expect(await inOrg(b.ctx, orgIdsOfMembers)).toEqual([b.ctx.org.id]);
    const orgs = await inOrg(a.ctx, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`select id from organizations`)).map((r) => r.id),
    );
    expect(orgs).toEqual([a.ctx.org.id]);
  });

  it("writing or moving a row into organization B under A's context fails", async () => {
    const a = await newOrg();
    const b = await newOrg();
    await expect(
      inOrg(a.ctx, (tx) =>
        tx.execute(
          sql`insert into metrics (org_id, key, kind, position) values (${b.ctx.org.id}, ${unique("k")}, 'stage', 99)`,
        ),
      ),
    ).rejects.toSatisfy(refusedByPolicy);
    await expect(
      inOrg(a.ctx, (tx) => tx.execute(sql`update members set org_id = ${b.ctx.org.id}`)),
    ).rejects.toSatisfy(refusedByPolicy);
    // B's rows cannot be changed or deleted from A's context: they are simply not there.
    const touched = await inOrg(a.ctx, async (tx) => {
      const updated = await tx.execute(
        sql`update metrics set position = position where org_id = ${b.ctx.org.id} returning 1`,
      );
      const deleted = await tx.execute(
        sql`delete from audit_events where org_id = ${b.ctx.org.id} returning 1`,
      );
      return rowsOf(updated).length + rowsOf(deleted).length;
    });
    expect(touched).toBe(0);
  });

  it("each narrow lookup admits only the rows matching its key", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const byUser = await lookup({ userId: a.userId }, async (tx) => ({
      members: await orgIdsOfMembers(tx),
      orgs: rowsOf<{ id: string }>(await tx.execute(sql`select id from organizations`)).map((r) => r.id),
      metrics: rowsOf(await tx.execute(sql`select 1 from metrics`)).length,
    }));
    expect(byUser).toEqual({ members: [a.ctx.org.id], orgs: [a.ctx.org.id], metrics: 0 });
    const bySlug = await lookup({ orgSlug: b.slug }, async (tx) => ({
      orgs: rowsOf<{ id: string }>(await tx.execute(sql`select id from organizations`)).map((r) => r.id),
      members: await orgIdsOfMembers(tx),
    }));
    expect(bySlug).toEqual({ orgs: [b.ctx.org.id], members: [] });
    // A lookup is read-only: it cannot write tenant rows.
    await expect(
      lookup({ orgSlug: b.slug }, (tx) =>
        tx.execute(
          sql`insert into metrics (org_id, key, kind, position) values (${b.ctx.org.id}, 'x', 'stage', 98)`,
        ),
      ),
    ).rejects.toSatisfy(refusedByPolicy);
  });

  it("the catalog check: every tenant table has forced row-level security and a policy, the query role cannot bypass it", async () => {
    const db = await testDb();
    expect(await rowSecurityProblems(db)).toEqual([]);
    const tables = (await tenantTableSecurity(db)).map((t) => t.table);
    expect(tables).toEqual(
      expect.arrayContaining(["members", "weekly_entries", "organizations", "audit_events"]),
    );
    // A new tenant table without the wall is caught (then dropped again, in the same transaction).
    let problems: string[] = [];
    await db
      .transaction(async (tx) => {
        await tx.execute(sql`create table rls_probe (org_id uuid not null, note text)`);
        await tx.execute(sql`alter table rls_probe enable row level security`);
        problems = await rowSecurityProblems(tx as never);
        tx.rollback();
      })
      .catch(() => {});
    expect(problems).toEqual(["row-level security: tenant table rls_probe: not forced, no policy"]);
  });

  it("the database refuses to open when the query role could bypass the policies", async () => {
    const db = await testDb();
    await expect(assertRowSecurity(db)).resolves.toBeUndefined();
    let problems: string[] = [];
    await db
      .transaction(async (tx) => {
        await tx.execute(sql.raw(`alter table metrics owner to ${QUERY_ROLE}`));
        // Roles belong to the whole server: only the embedded database is ours to change.
        if (driverUnderTest === "pglite") await tx.execute(sql.raw(`alter role ${QUERY_ROLE} bypassrls`));
        problems = await rowSecurityProblems(tx as never);
        tx.rollback();
      })
      .catch(() => {});
    expect(problems).toEqual([
      ...(driverUnderTest === "pglite" ? [`row-level security: ${QUERY_ROLE} has BYPASSRLS`] : []),
      `row-level security: ${QUERY_ROLE} owns tables (metrics) and could disable it`,
    ]);
    await expect(assertRowSecurity(db)).resolves.toBeUndefined();
  });
});
