import "server-only";
// Member-detail corrections for the role x permission matrix (action-matrix.int.test.ts).
import type { ActionMatrixCase } from "@/db/test/action-matrix";
import { correctMemberDetailsDefinition } from "@/lib/teams/member-details-definitions";

export const MEMBER_DETAILS_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "correct a rep's name and start date",
    definition: correctMemberDetailsDefinition,
    input: async (org) => ({ memberId: org.rep.memberId, name: "Corrected Rep", startedOn: "2026-09-07" }),
  },
  {
    name: "correct an owner's start date (above a manager's own role)",
    definition: correctMemberDetailsDefinition,
    input: async (org) => ({
      memberId: (await org.addMember("owner")).memberId,
      name: "Second Owner",
      startedOn: "2026-09-07",
    }),
    expected: { manager: "forbidden" },
  },
  {
    name: "correct another organization's member",
    definition: correctMemberDetailsDefinition,
    input: async (org) => ({ memberId: org.other.ownerMemberId, name: "Not Yours", startedOn: "2026-09-07" }),
    expected: { owner: "not_found", manager: "not_found" },
  },
];
