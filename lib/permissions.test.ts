import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain";
import { can, canGrantRole, canManageMemberWithRole, PERMISSIONS } from "./permissions";

// The whole matrix, written out: a change to who may do what must change this table.
const EXPECTED: Record<(typeof PERMISSIONS)[number], [owner: boolean, manager: boolean, rep: boolean]> = {
  "org.read": [true, true, true],
  "members.read": [true, true, true],
  "members.invite": [true, true, false],
  "members.manage": [true, true, false],
  "entries.write.own": [true, true, true],
  "entries.write.any": [true, true, false],
  "entries.read.any": [true, true, false],
  "kpis.read.team": [true, true, true],
  "costs.read": [true, true, false],
  "costs.manage": [true, false, false],
  "settings.manage": [true, false, false],
  "funnel.manage": [true, false, false],
  "survey.run": [true, true, false],
  "goals.manage": [true, true, false],
  "survey.answer": [true, true, true],
  "audit.read": [true, true, false],
  "apikeys.manage": [true, false, false],
  "webhooks.manage": [true, false, false],
  "members.erase": [true, false, false],
};

describe("permission matrix", () => {
  it.each(PERMISSIONS.flatMap((p) => ROLES.map((role, i) => [role, p, EXPECTED[p][i]] as const)))(
    "%s / %s → %s",
    (role, permission, allowed) => {
      expect(can(role, permission)).toBe(allowed);
    },
  );

  it("nobody grants a role above their own", () => {
    expect(canGrantRole("manager", "owner")).toBe(false);
    expect(canGrantRole("manager", "manager")).toBe(true);
    expect(canGrantRole("rep", "manager")).toBe(false);
    expect(canGrantRole("owner", "owner")).toBe(true);
  });

  it("a manager cannot change or remove an owner", () => {
    expect(canManageMemberWithRole("manager", "owner")).toBe(false);
    expect(canManageMemberWithRole("manager", "rep")).toBe(true);
    expect(canManageMemberWithRole("owner", "owner")).toBe(true);
    expect(canManageMemberWithRole("rep", "rep")).toBe(false);
  });
});
