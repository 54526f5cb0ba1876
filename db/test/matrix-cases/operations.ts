import "server-only";
import { type ActionMatrixCase, departedRep } from "@/db/test/action-matrix";
import { eraseMemberDefinition } from "@/lib/operations/definitions";
// The operations feature's cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).

export const OPERATIONS_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "erase a former member",
    definition: eraseMemberDefinition,
    input: async (org) => ({ memberId: (await departedRep(org)).memberId }),
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
