import "server-only";
import { and, asc, count, eq, max, sql } from "drizzle-orm";
import { members, weeklyEntries } from "@/db/schema";
import type { OrgProgress } from "@/lib/dashboard/getting-started";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";

/** The columns every member list shows (the team page, the week grid, the API's member lists). */
export const memberColumns = {
  id: members.id,
  name: members.name,
  email: members.email,
  role: members.role,
  status: members.status,
  startedOn: members.startedOn,
};

/** Everyone in the organization (departed members too), without counting anyone's weeks. */
export async function listMembers(ctx: OrgContext) {
  return inOrg(ctx, (tx) =>
    tx.select(memberColumns).from(members).where(eq(members.orgId, ctx.org.id)).orderBy(asc(members.name)),
  );
}

/**
 * Everyone in the organization (departed members too: their history stays in reports), with
 * how many weeks each logged: a count over the whole history, for the callers that use it.
 */
export async function listMembersWithActivity(ctx: OrgContext) {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        ...memberColumns,
        weeksLogged: count(weeklyEntries.weekStart),
        lastWeekLogged: max(weeklyEntries.weekStart),
      })
      .from(members)
      .leftJoin(
        weeklyEntries,
        and(eq(weeklyEntries.orgId, members.orgId), eq(weeklyEntries.memberId, members.id)),
      )
      .where(eq(members.orgId, ctx.org.id))
      .groupBy(members.orgId, members.id)
      .orderBy(asc(members.name)),
  );
}

/**
 * What the getting-started steps ask: is anyone else in the organization, has anyone logged a
 * week, has the viewer. Each is an EXISTS that stops at the first row: counting every week of
 * a large organization's history took 10 ms of the manager's home for a "more than none".
 */
export async function orgProgress(ctx: OrgContext): Promise<OrgProgress> {
  const own = ctx.member?.id ?? null;
  return inOrg(ctx, async (tx) => {
    const [row] = rowsOf<OrgProgress>(
      await tx.execute(sql`select
        exists (select 1 from ${members} where ${members.orgId} = ${ctx.org.id}
          and ${members.id} is distinct from ${own}) as "othersInvited",
        exists (select 1 from ${weeklyEntries} where ${weeklyEntries.orgId} = ${ctx.org.id}) as "anyWeekLogged",
        exists (select 1 from ${weeklyEntries}
          where ${weeklyEntries.orgId} = ${ctx.org.id} and ${weeklyEntries.memberId} = ${own}) as "ownWeekLogged"`),
    );
    return {
      othersInvited: row?.othersInvited === true,
      anyWeekLogged: row?.anyWeekLogged === true,
      ownWeekLogged: row?.ownWeekLogged === true,
    };
  });
}
