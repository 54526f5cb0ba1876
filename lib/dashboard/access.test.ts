import { describe, expect, it } from "vitest";
import { canSeeRep, visibleMemberIds } from "./access";

describe("who sees which rep", () => {
  it.each([
    ["owner", "someone-else", true],
    ["manager", "someone-else", true],
    ["rep", "someone-else", false],
    ["rep", "me", true],
  ] as const)("a %s opening %s: %s", (role, memberId, allowed) => {
    expect(canSeeRep({ role, member: { id: "me" } }, memberId)).toBe(allowed);
  });

  it("gives a rep a set of one, a manager everyone", () => {
    expect(visibleMemberIds({ role: "rep", member: { id: "me" } })).toEqual(new Set(["me"]));
    expect(visibleMemberIds({ role: "manager", member: { id: "me" } })).toBeNull();
    // An API key acting without a member is a manager; a rep always has a member.
    expect(visibleMemberIds({ role: "rep", member: null })).toEqual(new Set());
  });
});
