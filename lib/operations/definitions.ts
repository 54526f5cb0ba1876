import "server-only";
// The operations feature's server actions as definitions (lib/operations/actions.ts wraps
// them with orgAction; matrix-cases.ts registers them in the role x permission matrix).
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { eraseFormerMember } from "@/lib/teams/data/member-erasure";
import { memberIdSchema } from "@/lib/teams/schemas";

export const eraseMemberDefinition: OrgActionDefinition<typeof memberIdSchema> = {
  schema: memberIdSchema,
  permission: "members.erase",
  successMessage: "memberErased",
  handler: async ({ memberId }, ctx) => {
    await eraseFormerMember(ctx, memberId);
  },
};
