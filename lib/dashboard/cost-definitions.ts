// The rep-cost action, kept outside the "use server" file so integration tests can run it
// through executeOrgAction. An owner sets what a rep costs per hour or per month, or clears it.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { setMemberCost } from "@/lib/data/member-costs";
import { parseAmount } from "./results-definitions";

/** A month's pay or an hour's rate above this is a typing error, not a salary. */
export const MAX_COST = 1_000_000;

export const memberCostSchema = z
  .object({
    memberId: z.uuid({ error: "chooseRep" }),
    kind: z.enum(["hourly", "monthly", "none"], { error: "invalid" }),
    amount: z.string().trim().default(""),
  })
  .transform((input, ctx) => {
    if (input.kind === "none") return { memberId: input.memberId, cost: null };
    const amount = parseAmount(input.amount);
    if (amount === undefined) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "required" });
      return z.NEVER;
    }
    if (!(amount >= 0 && amount <= MAX_COST)) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "costRange" });
      return z.NEVER;
    }
    return { memberId: input.memberId, cost: { kind: input.kind, amount: Math.round(amount * 100) / 100 } };
  });

export const saveMemberCostDefinition: OrgActionDefinition<typeof memberCostSchema> = {
  schema: memberCostSchema,
  permission: "costs.manage",
  successMessage: "saved",
  handler: async ({ memberId, cost }, ctx) => {
    await setMemberCost(ctx, memberId, cost);
  },
};
