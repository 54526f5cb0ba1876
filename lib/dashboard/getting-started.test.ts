import { describe, expect, it } from "vitest";
import { gettingStarted, type OrgProgress } from "./getting-started";

const empty: OrgProgress = { othersInvited: false, anyWeekLogged: false, ownWeekLogged: false };

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
      { ...empty, othersInvited: true },
      [
        ["invite", true],
        ["firstWeek", false],
      ],
    ],
    [
      "manager",
      { ...empty, anyWeekLogged: true },
      [
        ["invite", false],
        ["firstWeek", true],
      ],
    ],
    // A manager who sells too is not asked for their own week: the team's first one counts.
    [
      "manager",
      { ...empty, othersInvited: true, anyWeekLogged: false, ownWeekLogged: false },
      [
        ["invite", true],
        ["firstWeek", false],
      ],
    ],
    ["rep", empty, [["ownWeek", false]]],
    // A rep's own week is theirs to log, whatever the others did.
    ["rep", { ...empty, othersInvited: true, anyWeekLogged: true }, [["ownWeek", false]]],
  ] as const)("%s with %o: %o", (role, progress, expected) => {
    expect(gettingStarted(role, progress).map((s) => [s.key, s.done])).toEqual(expected);
  });

  it.each([
    ["owner", { othersInvited: true, anyWeekLogged: true, ownWeekLogged: false }],
    ["manager", { ...empty, othersInvited: true, anyWeekLogged: true }],
    ["rep", { ...empty, ownWeekLogged: true }],
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
