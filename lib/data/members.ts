import "server-only";
import { and, asc, count, eq, max } from "drizzle-orm";
import { members, weeklyEntries } from "@/db/schema";
import { inOrg, type OrgContext } from "./tenant-tx";

/** Everyone in the organization (departed members too: their history stays in reports). */
export async function listMembersWithActivity(ctx: OrgContext) {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        id: members.id,
        name: members.name,
        email: members.email,
        role: members.role,
        status: members.status,
        startedOn: members.startedOn,
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
