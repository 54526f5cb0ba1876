import "server-only";
// The owner's two-factor requirement in the role x permission matrix
// (lib/teams/action-matrix.int.test.ts): only an owner of the organization may change it.
import type { ActionMatrixCase } from "@/db/test/action-matrix";
import { setTwoFactorRequirementDefinition } from "@/lib/settings/definitions";

export const SETTINGS_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "require two-factor sign-in of owners and managers",
    definition: setTwoFactorRequirementDefinition,
    input: async () => ({ requireTwoFactor: "on" }),
  },
];
