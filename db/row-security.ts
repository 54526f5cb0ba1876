// What must hold for row-level security to be a wall (checked whenever the database is
// opened, so the app refuses to serve otherwise, and by the catalog test):
// - the query role exists, is no superuser, has no BYPASSRLS and owns no table (an owner
//   could switch the policies off), and the connecting role can become it;
// - every tenant table (a table of the public schema with an org_id column, and
//   organizations itself) has row-level security enabled and forced, with a policy.
import { sql } from "drizzle-orm";
import type { Database } from "./client";

export const QUERY_ROLE = "funnelmeter_app";

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface TableSecurity {
  table: string;
  enabled: boolean;
  forced: boolean;
  policies: number;
}

export async function tenantTableSecurity(db: Database): Promise<TableSecurity[]> {
  return rowsOf<TableSecurity>(
    await db.execute(sql`
      select c.relname as "table", c.relrowsecurity as "enabled", c.relforcerowsecurity as "forced",
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as "policies"
      from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and (c.relname = 'organizations'
             or exists (select 1 from pg_attribute a
                        where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped))
      order by c.relname`),
  );
}

export async function rowSecurityProblems(db: Database): Promise<string[]> {
  const problems: string[] = [];
  const [role] = rowsOf<{ super: boolean; bypass: boolean; owns: string | null }>(
    await db.execute(sql`
      select r.rolsuper as "super", r.rolbypassrls as "bypass",
             (select string_agg(c.relname, ', ') from pg_class c
              where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace
                and c.relkind in ('r', 'p')) as "owns"
      from pg_roles r where r.rolname = ${QUERY_ROLE}`),
  );
  if (!role)
    return [`row-level security: the query role ${QUERY_ROLE} does not exist (migrations not applied?)`];
  if (role.super) problems.push(`row-level security: ${QUERY_ROLE} is a superuser and would bypass it`);
  if (role.bypass) problems.push(`row-level security: ${QUERY_ROLE} has BYPASSRLS`);
  if (role.owns)
    problems.push(`row-level security: ${QUERY_ROLE} owns tables (${role.owns}) and could disable it`);
  const [member] = rowsOf<{ can: boolean }>(
    await db.execute(sql`select pg_has_role(current_user, ${QUERY_ROLE}, 'MEMBER') as "can"`),
  );
  if (!member?.can) {
    problems.push(
      `row-level security: the database user cannot become ${QUERY_ROLE} (GRANT ${QUERY_ROLE} TO <user>)`,
    );
  }
  for (const t of await tenantTableSecurity(db)) {
    const missing = [!t.enabled && "not enabled", !t.forced && "not forced", t.policies === 0 && "no policy"];
    const what = missing.filter(Boolean).join(", ");
    if (what) problems.push(`row-level security: tenant table ${t.table}: ${what}`);
  }
  return problems;
}

export class RowSecurityError extends Error {
  constructor(readonly problems: string[]) {
    super(`Refusing to serve: ${problems.join("; ")}`);
    this.name = "RowSecurityError";
  }
}

export async function assertRowSecurity(db: Database): Promise<void> {
  const problems = await rowSecurityProblems(db);
  if (problems.length > 0) throw new RowSecurityError(problems);
}
