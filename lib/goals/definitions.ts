// The goal action, kept outside the "use server" file so integration tests can run it through
// executeOrgAction. Managers set a weekly goal for one rep or for the team, from a week on.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { parseWeekText } from "@/lib/entries/week-text";
import { ValidationError } from "@/lib/errors";
import { setGoal } from "@/lib/goals/data/goals";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

/** A goal may be set for this week and up to a year ahead, or corrected for past weeks. */
const WEEKS_AHEAD = 52;

const blankIsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const goalCount = z.coerce
  .number({ error: "wholeNumberNotNegative" })
  .int({ error: "wholeNumberNotNegative" })
  .min(0, { error: "wholeNumberNotNegative" })
  .max(100_000, { error: "wholeNumberNotNegative" });

export const setGoalSchema = z.object({
  /** "team", or the id of the rep the goal is for. */
  scope: z.string().trim().min(1, { error: "chooseGoalScope" }),
  fromWeek: z.string().trim().min(1, { error: "required" }),
  // Not optional-then-refined: zod skips the refinement of an absent optional key, and a form
  // without the field reached the database's NOT NULL (found by fuzzing).
  appointments: z.preprocess(
    (value) => blankIsMissing(value) ?? null,
    goalCount.nullable().refine((v) => v !== null, { error: "required" }),
  ),
  calls: z.preprocess(blankIsMissing, goalCount.optional()),
  conversations: z.preprocess(blankIsMissing, goalCount.optional()),
});

export const setGoalDefinition: OrgActionDefinition<typeof setGoalSchema> = {
  schema: setGoalSchema,
  permission: "goals.manage",
  successMessage: "saved",
  handler: async (input, ctx) => {
    const latest = addIsoWeeks(currentWeekOf(ctx.org.timeZone).week, WEEKS_AHEAD);
    const week = parseWeekText(input.fromWeek, latest);
    if (!week.ok) throw new ValidationError({ fromWeek: week.error });
    await setGoal(ctx, {
      memberId: input.scope === "team" ? null : input.scope,
      fromWeekStart: mondayDateOfIsoWeek(week.week),
      appointments: input.appointments as number,
      calls: input.calls ?? null,
      conversations: input.conversations ?? null,
    });
  },
};
