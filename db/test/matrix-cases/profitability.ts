import "server-only";
import type { ActionMatrixCase } from "@/db/test/action-matrix";
// Pay's cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).
import { setMemberPay } from "@/lib/profitability/data/member-pay";
import { removePayChangeDefinition, savePayChangeDefinition } from "@/lib/profitability/pay-definitions";

export const PAY_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "record a rep's pay change",
    definition: savePayChangeDefinition,
    input: async (org) => ({
      memberId: org.rep.memberId,
      kind: "hourly",
      amount: "35,50",
      effectiveFrom: "2026-11-02",
    }),
  },
  {
    name: "record the pay of another organization's member",
    definition: savePayChangeDefinition,
    input: async (org) => ({
      memberId: org.other.ownerMemberId,
      kind: "monthly",
      amount: "3000",
      effectiveFrom: "2026-11-02",
    }),
    expected: { owner: "not_found" },
  },
  {
    name: "remove a pay change",
    definition: removePayChangeDefinition,
    input: async (org) => {
      await setMemberPay(org.ownerContext, org.rep.memberId, {
        kind: "monthly",
        amount: 3000,
        effectiveFrom: "2026-10-05",
      });
      return { memberId: org.rep.memberId, effectiveFrom: "2026-10-05" };
    },
  },
];
