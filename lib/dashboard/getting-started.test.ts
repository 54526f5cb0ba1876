import { describe, expect, it } from "vitest";
import { gettingStarted, type OrgProgress } from "./getting-started";

const empty: OrgProgress = { otherMembers: 0, weeksLogged: 0, ownWeeksLogged: 0 };

describe("gettingStarted", () => {
  it.each([
    [
      "owner",
      empty,
      [
        ["invite", false],
        ["firstWeek", false],
      ],
    ],
    [
      "owner",
      { ...empty, otherMembers: 2 },
      [
        ["invite", true],
        ["firstWeek", false],
      ],
    ],
    [
      "manager",
      { ...empty, weeksLogged: 3 },
      [
        ["invite", false],
        ["firstWeek", true],
      ],
    ],
    // A manager who sells too is not asked for their own week: the team's first one counts.
    [
      "manager",
      { ...empty, otherMembers: 1, weeksLogged: 0, ownWeeksLogged: 0 },
      [
        ["invite", true],
        ["firstWeek", false],
      ],
    ],
    ["rep", empty, [["ownWeek", false]]],
    // A rep's own week is theirs to log, whatever the others did.
    ["rep", { ...empty, otherMembers: 4, weeksLogged: 12 }, [["ownWeek", false]]],
  ] as const)("%s with %o: %o", (role, progress, expected) => {
    expect(gettingStarted(role, progress).map((s) => [s.key, s.done])).toEqual(expected);
  });

  it.each([
    ["owner", { otherMembers: 1, weeksLogged: 1, ownWeeksLogged: 0 }],
    ["manager", { ...empty, otherMembers: 1, weeksLogged: 1 }],
    ["rep", { ...empty, ownWeeksLogged: 1 }],
  ] as const)("disappears once a %s has done every step", (role, progress) => {
    expect(gettingStarted(role, progress)).toEqual([]);
  });

  it("links each step to the section where it is taken", () => {
    expect(gettingStarted("owner", empty).map((s) => [s.path, s.otherPath])).toEqual([
      ["members", undefined],
      ["week", "import"],
    ]);
    expect(gettingStarted("rep", empty).map((s) => [s.path, s.otherPath])).toEqual([["week", undefined]]);
  });
});
