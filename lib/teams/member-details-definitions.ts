import "server-only";
// Correct a member's name and start date (wrapped by orgAction in member-details-actions.ts).
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { correctMemberDetails } from "@/lib/teams/data/member-details";
import { isoDate, personName } from "./schemas";

export const memberDetailsSchema = z.object({
  memberId: z.uuid({ error: "invalid" }),
  name: personName,
  startedOn: isoDate,
});

export const correctMemberDetailsDefinition: OrgActionDefinition<typeof memberDetailsSchema> = {
  schema: memberDetailsSchema,
  permission: "members.manage",
  successMessage: "saved",
  handler: async ({ memberId, ...details }, ctx) => correctMemberDetails(ctx, memberId, details),
};
