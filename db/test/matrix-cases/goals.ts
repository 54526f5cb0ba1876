import "server-only";
import type { ActionMatrixCase, MatrixOrg } from "@/db/test/action-matrix";
import { setGoalDefinition } from "@/lib/goals/definitions";
import { currentWeekOf } from "@/lib/weeks/calendar";
// The goals' cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).
import { addIsoWeeks } from "@/lib/weeks/iso-week";

/** Next week in the organization's time zone: goals may be set ahead. */
const nextWeek = (org: MatrixOrg) => addIsoWeeks(currentWeekOf(org.ownerContext.org.timeZone).week, 1);

export const GOAL_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "set the team's weekly goal",
    definition: setGoalDefinition,
    input: async (org) => ({
      scope: "team",
      fromWeek: nextWeek(org),
      appointments: "25",
      calls: "",
      conversations: "",
    }),
  },
  {
    name: "set a rep's weekly goal",
    definition: setGoalDefinition,
    input: async (org) => ({
      scope: org.rep.memberId,
      fromWeek: nextWeek(org),
      appointments: "6",
      calls: "200",
      conversations: "40",
    }),
  },
  {
    name: "set a goal for another organization's member",
    definition: setGoalDefinition,
    input: async (org) => ({ scope: org.other.ownerMemberId, fromWeek: nextWeek(org), appointments: "6" }),
    expected: { owner: "not_found", manager: "not_found" },
  },
];
