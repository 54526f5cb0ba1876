import "server-only";
import { z } from "zod";
import { setMemberPay } from "@/lib/profitability/data/member-pay";
import { effectiveFromField, payAmountNumber, payKindField } from "@/lib/profitability/pay-definitions";
import { defineRoute } from "../define-route";

const payChangeSchema = z.object({
  kind: z.enum(["hourly", "monthly"]),
  amount: z.number().meta({ description: "Per hour or per month" }),
  effectiveFrom: z.iso.date(),
});

export const putMemberPay = defineRoute({
  method: "PUT",
  path: "/members/{memberId}/pay",
  summary:
    "Record a pay change from a date (the same date replaces it); owner keys only. Returns the member's pay history",
  // costs.manage is the owner's: a manager key gets 403.
  permission: "costs.manage",
  params: z.object({ memberId: z.string() }),
  body: z.object({ kind: payKindField, amount: payAmountNumber, effectiveFrom: effectiveFromField }),
  response: z.object({ memberId: z.uuid(), pay: z.array(payChangeSchema) }),
  handler: async ({ ctx, params, body }) => ({
    memberId: params.memberId,
    pay: await setMemberPay(ctx, params.memberId, body),
  }),
});
