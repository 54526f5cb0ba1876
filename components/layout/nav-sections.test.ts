import { describe, expect, it } from "vitest";
import { navGroupsFor } from "./nav-sections";

const shape = (role: "owner" | "manager" | "rep") =>
  Object.fromEntries(navGroupsFor(role).map((g) => [g.key, g.sections.map((s) => s.path)]));

describe("navigation groups per role", () => {
  it("an owner sees every group and section", () => {
    expect(shape("owner")).toEqual({
      home: [""],
      myWeek: ["week"],
      insights: ["team", "goals", "forecast", "what-if", "benchmark", "profitability", "survey"],
      data: ["weeks", "results", "import"],
      settings: ["members", "funnel", "settings", "webhooks", "audit"],
    });
  });

  it("a manager sees no owner-only settings", () => {
    expect(shape("manager").settings).toEqual(["members", "audit"]);
    expect(shape("manager").data).toEqual(["weeks", "results", "import"]);
  });

  it("a rep sees their week, the team, the survey and the members, and no Data group", () => {
    expect(shape("rep")).toEqual({
      home: [""],
      myWeek: ["week"],
      insights: ["team", "forecast", "survey"],
      settings: ["members"],
    });
  });
});
