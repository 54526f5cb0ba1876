import "server-only";
import type { ActionMatrixCase } from "@/db/test/action-matrix";
import { eraseMemberDefinition } from "@/lib/operations/definitions";
// The operations feature's cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).
import { deactivateMember } from "@/lib/teams/data/team-admin";

export const OPERATIONS_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "erase a former member",
    definition: eraseMemberDefinition,
    input: async (org) => {
      const rep = await org.addMember("rep");
      await deactivateMember(org.ownerContext, rep.memberId);
      return { memberId: rep.memberId };
    },
  },
  {
    name: "erase a member who is still active",
    definition: eraseMemberDefinition,
    input: async (org) => ({ memberId: (await org.addMember("rep")).memberId }),
    expected: { owner: "conflict" },
  },
  {
    name: "erase a member of another organization",
    definition: eraseMemberDefinition,
    input: async (org) => ({ memberId: org.other.ownerMemberId }),
    expected: { owner: "not_found" },
  },
];
