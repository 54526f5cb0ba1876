import "server-only";
// Weekly goals (lib/goals/goal-history.ts says which one applies to a week). Managers set
// them; everyone reads them: a rep sees their own goal and the team's, never a colleague's.
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { members, weeklyGoals } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import { NotFoundError } from "@/lib/errors";
import type { WeeklyGoal } from "@/lib/goals/goal-history";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";

const columns = {
  memberId: weeklyGoals.memberId,
  fromWeekStart: weeklyGoals.fromWeekStart,
  appointments: weeklyGoals.appointments,
  calls: weeklyGoals.calls,
  conversations: weeklyGoals.conversations,
};

/** The goal history this viewer may see, oldest first. */
export async function listGoals(ctx: OrgContext): Promise<WeeklyGoal[]> {
  const everyone = can(ctx.role, "entries.read.any");
  return inOrg(ctx, (tx) =>
    tx
      .select(columns)
      .from(weeklyGoals)
      .where(
        and(
          eq(weeklyGoals.orgId, ctx.org.id),
          everyone
            ? undefined
            : or(
                isNull(weeklyGoals.memberId),
                ctx.member ? eq(weeklyGoals.memberId, ctx.member.id) : undefined,
              ),
        ),
      )
      .orderBy(asc(weeklyGoals.fromWeekStart), asc(weeklyGoals.memberId)),
  );
}

/** Sets the goal of one scope from one week on (replacing a goal set for that same week). */
export async function setGoal(ctx: OrgContext, goal: WeeklyGoal): Promise<void> {
  await inOrg(ctx, async (tx) => {
    if (goal.memberId !== null) {
      const [member] = isUuid(goal.memberId)
        ? await tx
            .select({ id: members.id })
            .from(members)
            .where(and(eq(members.orgId, ctx.org.id), eq(members.id, goal.memberId)))
        : [];
      if (!member) throw new NotFoundError("member");
    }
    const scope = and(
      eq(weeklyGoals.orgId, ctx.org.id),
      goal.memberId === null ? isNull(weeklyGoals.memberId) : eq(weeklyGoals.memberId, goal.memberId),
      eq(weeklyGoals.fromWeekStart, goal.fromWeekStart),
    );
    const [before] = await tx.select(columns).from(weeklyGoals).where(scope).for("update");
    const values = {
      appointments: goal.appointments,
      calls: goal.calls,
      conversations: goal.conversations,
      setByUserId: ctx.userId,
      updatedAt: new Date(),
    };
    // Two managers saving the same new goal at once: the second insert finds the first row
    // (the unique scope) and updates it instead, rather than failing.
    const inserted = before
      ? []
      : await tx
          .insert(weeklyGoals)
          .values({
            orgId: ctx.org.id,
            memberId: goal.memberId,
            fromWeekStart: goal.fromWeekStart,
            ...values,
          })
          .onConflictDoNothing()
          .returning({ id: weeklyGoals.id });
    if (inserted.length === 0) await tx.update(weeklyGoals).set(values).where(scope);
    await recordAudit(tx, ctx, {
      action: "goal.set",
      subjectType: "weekly_goal",
      subjectId: `${goal.memberId ?? "team"}/${goal.fromWeekStart}`,
      // Whose goal is in the subject; the snapshots hold the numbers.
      before: before ? numbersOf(before) : null,
      after: numbersOf(goal),
    });
  });
}

const numbersOf = ({ appointments, calls, conversations }: WeeklyGoal) => ({
  appointments,
  calls,
  conversations,
});
