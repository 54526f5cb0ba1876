// The pay actions, kept outside the "use server" file so integration tests can run them
// through executeOrgAction. An owner records a pay change from a date (hourly rate or monthly
// salary), or removes one entered by mistake. The REST route shares the checks.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { parseAmount } from "@/lib/dashboard/results-definitions";
import { isUsableDate } from "@/lib/forms/calendar-date";
import { removeMemberPay, setMemberPay } from "@/lib/profitability/data/member-pay";

/** A month's pay or an hour's rate above this is a typing error, not a salary. */
export const MAX_PAY = 1_000_000;

/** "YYYY-MM-DD", a real calendar date. */
export const effectiveFromField = z
  .string({ error: "invalidDate" })
  .trim()
  // A usable day: PostgreSQL refuses year 0 with an error, not a refusal (found by fuzzing).
  .refine((text) => isUsableDate(text), { error: "invalidDate" });

/** An amount as a number (the API) within 0..MAX_PAY, rounded to cents. */
export const payAmountNumber = z
  .number({ error: "costRange" })
  .refine((n) => Number.isFinite(n) && n >= 0 && n <= MAX_PAY, { error: "costRange" })
  .transform((n) => Math.round(n * 100) / 100);

export const payKindField = z.enum(["hourly", "monthly"], { error: "invalid" });

export const savePayChangeSchema = z.object({
  memberId: z.uuid({ error: "chooseRep" }),
  kind: payKindField,
  // Typed by a person: 35,50 in Dutch, 3.250,00 or 3,250.00.
  amount: z
    .string()
    .trim()
    .default("")
    .transform((text, ctx) => {
      const amount = parseAmount(text);
      if (amount === undefined) {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      return amount;
    })
    .pipe(payAmountNumber),
  effectiveFrom: effectiveFromField,
});

export const savePayChangeDefinition: OrgActionDefinition<typeof savePayChangeSchema> = {
  schema: savePayChangeSchema,
  permission: "costs.manage",
  successMessage: "saved",
  handler: async ({ memberId, ...change }, ctx) => {
    await setMemberPay(ctx, memberId, change);
  },
};

export const removePayChangeSchema = z.object({
  memberId: z.uuid({ error: "chooseRep" }),
  effectiveFrom: effectiveFromField,
});

export const removePayChangeDefinition: OrgActionDefinition<typeof removePayChangeSchema> = {
  schema: removePayChangeSchema,
  permission: "costs.manage",
  successMessage: "saved",
  handler: async ({ memberId, effectiveFrom }, ctx) => {
    await removeMemberPay(ctx, memberId, effectiveFrom);
  },
};
