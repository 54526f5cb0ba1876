import "server-only";
// A person's own data (the account page's download): their account without the password
// hash, and in each organization their membership, weeks, results and survey answers.
// Read per organization inside inOrg, like every tenant read.
import { and, eq } from "drizzle-orm";
import { laggingResults, members, organizations, surveyResponses, users, weeklyEntries } from "@/db/schema";
import { accountColumns } from "@/lib/auth/data/account";
import { globalDb, inOrg, lookup } from "@/lib/data/tenant-tx";
import { NotFoundError } from "@/lib/errors";

export const PERSONAL_DATA_FORMAT = "funnelmeter.personal-data";
export const PERSONAL_DATA_VERSION = 1;

export async function exportPersonalData(userId: string, now = new Date()) {
  const db = await globalDb();
  const [account] = await db
    .select({ ...accountColumns, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) throw new NotFoundError("user");
  // Memberships are tenant rows: read through the user's own lookup (row-level security
  // hides them from the connecting role once it is not a superuser).
  const memberships = await lookup({ userId }, (tx) =>
    tx
      .select({ org: organizations, member: members })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.orgId))
      .where(eq(members.userId, userId)),
  );
  const organizationsData = [];
  for (const { org, member } of memberships) {
    const scoped = { org: { id: org.id } };
    const ofMember = { orgId: org.id, memberId: member.id };
    const [weeks, results, answers] = await inOrg(scoped, (tx) =>
      Promise.all([
        tx
          .select({
            weekStart: weeklyEntries.weekStart,
            notWorked: weeklyEntries.notWorked,
            values: weeklyEntries.values,
            updatedAt: weeklyEntries.updatedAt,
          })
          .from(weeklyEntries)
          .where(and(eq(weeklyEntries.orgId, ofMember.orgId), eq(weeklyEntries.memberId, ofMember.memberId))),
        tx
          .select({
            weekStart: laggingResults.weekStart,
            appointmentsHeld: laggingResults.appointmentsHeld,
            dealsWon: laggingResults.dealsWon,
            revenueWon: laggingResults.revenueWon,
          })
          .from(laggingResults)
          .where(
            and(eq(laggingResults.orgId, ofMember.orgId), eq(laggingResults.memberId, ofMember.memberId)),
          ),
        tx
          .select({
            roundId: surveyResponses.roundId,
            health: surveyResponses.health,
            practices: surveyResponses.practices,
            openPipelineValue: surveyResponses.openPipelineValue,
            expectedToClose: surveyResponses.expectedToClose,
            target: surveyResponses.target,
            updatedAt: surveyResponses.updatedAt,
          })
          .from(surveyResponses)
          .where(
            and(eq(surveyResponses.orgId, ofMember.orgId), eq(surveyResponses.memberId, ofMember.memberId)),
          ),
      ]),
    );
    organizationsData.push({
      organization: { name: org.name, slug: org.slug },
      membership: {
        name: member.name,
        email: member.email,
        role: member.role,
        status: member.status,
        startedOn: member.startedOn,
      },
      weeks,
      results,
      surveyAnswers: answers,
    });
  }
  return {
    format: PERSONAL_DATA_FORMAT,
    version: PERSONAL_DATA_VERSION,
    exportedAt: now.toISOString(),
    account,
    organizations: organizationsData,
  };
}
