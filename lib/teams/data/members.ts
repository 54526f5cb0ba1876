import "server-only";
import { and, asc, count, eq, max, sql } from "drizzle-orm";
import { members, weeklyEntries } from "@/db/schema";
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
 * What the getting-started steps ask: how many others are in the organization and how many
 * weeks were logged, by anyone and by the viewer: three counts, instead of a member list
 * grouped over everyone's whole history.
 */
export async function orgProgress(ctx: OrgContext) {
  const own = ctx.member?.id ?? null;
  return inOrg(ctx, async (tx) => {
    const [row] = rowsOf<{ members: number; weeksLogged: number; ownWeeksLogged: number }>(
      await tx.execute(sql`select
        (select count(*) from ${members} where ${members.orgId} = ${ctx.org.id})::int as "members",
        (select count(*) from ${weeklyEntries} where ${weeklyEntries.orgId} = ${ctx.org.id})::int as "weeksLogged",
        (select count(*) from ${weeklyEntries}
          where ${weeklyEntries.orgId} = ${ctx.org.id} and ${weeklyEntries.memberId} = ${own})::int as "ownWeeksLogged"`),
    );
    const counts = row ?? { members: 0, weeksLogged: 0, ownWeeksLogged: 0 };
    return {
      otherMembers: Math.max(0, counts.members - (own ? 1 : 0)),
      weeksLogged: Number(counts.weeksLogged),
      ownWeeksLogged: Number(counts.ownWeeksLogged),
    };
  });
}
