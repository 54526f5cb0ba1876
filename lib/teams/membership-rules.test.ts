import { describe, expect, it } from "vitest";
import type { MemberStatus, Role } from "@/lib/domain";
import { checkLeave, checkMemberChange, leavesNoOwner, type RuleVerdict } from "./membership-rules";

const m = (role: Role, status: MemberStatus = "active") => ({ role, status });

describe("the last-owner rule", () => {
  it.each([
    // active owners, before, after, leaves no owner
    [1, m("owner"), m("manager"), true],
    [1, m("owner"), m("owner", "deactivated"), true],
    [2, m("owner"), m("manager"), false],
    [2, m("owner"), m("owner", "deactivated"), false],
    [1, m("owner"), m("owner"), false],
    [1, m("manager"), m("rep"), false],
    // A deactivated owner is not one of the active owners the rule protects.
    [1, m("owner", "deactivated"), m("rep", "deactivated"), false],
    [0, m("rep"), m("owner"), false],
  ] as const)("%i owners: %o → %o leaves none: %s", (owners, before, after, expected) => {
    expect(leavesNoOwner(owners, before, after)).toBe(expected);
  });
});

describe("who may change whom", () => {
  const cases: [Role, ReturnType<typeof m>, ReturnType<typeof m>, number, RuleVerdict][] = [
    ["owner", m("rep"), m("manager"), 1, null],
    ["owner", m("rep"), m("owner"), 1, null],
    ["owner", m("owner"), m("manager"), 2, null],
    ["owner", m("owner"), m("manager"), 1, "lastOwner"],
    ["owner", m("owner"), m("owner", "deactivated"), 1, "lastOwner"],
    ["manager", m("rep"), m("manager"), 1, null],
    ["manager", m("rep"), m("owner"), 1, "cannotGrantRole"],
    ["manager", m("manager"), m("owner"), 1, "cannotGrantRole"],
    ["manager", m("owner"), m("rep"), 2, "cannotManageOwner"],
    ["manager", m("owner"), m("owner", "deactivated"), 2, "cannotManageOwner"],
    ["manager", m("owner", "deactivated"), m("owner"), 2, "cannotManageOwner"],
    ["manager", m("rep", "deactivated"), m("rep"), 1, null],
    ["manager", m("manager", "deactivated"), m("manager"), 1, null],
    ["rep", m("rep"), m("rep", "deactivated"), 1, "forbidden"],
    ["rep", m("rep"), m("manager"), 1, "forbidden"],
  ];
  it.each(cases)("%s changing %o → %o with %i owners: %s", (actor, target, after, owners, verdict) => {
    expect(checkMemberChange(actor, target, after, owners)).toBe(verdict);
  });

  it("the last owner cannot leave; anyone else can", () => {
    expect(checkLeave(m("owner"), 1)).toBe("lastOwner");
    expect(checkLeave(m("owner"), 2)).toBeNull();
    expect(checkLeave(m("manager"), 1)).toBeNull();
    expect(checkLeave(m("rep"), 1)).toBeNull();
  });
});
