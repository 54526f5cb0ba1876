import { describe, expect, it } from "vitest";
import { laggingTotals, NO_LAGGING } from "./lagging-view";

describe("laggingTotals", () => {
  it("sums per rep and for the team, to the cent", () => {
    const { byMember, team } = laggingTotals([
      { memberId: "ann", appointmentsHeld: 2, dealsWon: 1, revenueWon: 0.1 },
      { memberId: "ann", appointmentsHeld: 3, dealsWon: 0, revenueWon: 0.2 },
      { memberId: "bob", appointmentsHeld: 1, dealsWon: 1, revenueWon: 1000.05 },
    ]);
    expect(byMember.ann).toEqual({ appointmentsHeld: 5, dealsWon: 1, revenueWon: 0.3, weeksEntered: 2 });
    expect(byMember.bob?.revenueWon).toBe(1000.05);
    expect(team).toEqual({ appointmentsHeld: 6, dealsWon: 2, revenueWon: 1000.35, weeksEntered: 3 });
  });

  it("counts the weeks an entry already sums (the database's sum per member)", () => {
    const { byMember, team } = laggingTotals([
      { memberId: "ann", appointmentsHeld: 5, dealsWon: 1, revenueWon: 0.3, weeks: 2 },
      { memberId: "bob", appointmentsHeld: 1, dealsWon: 1, revenueWon: 1000.05 },
    ]);
    expect(byMember.ann).toEqual({ appointmentsHeld: 5, dealsWon: 1, revenueWon: 0.3, weeksEntered: 2 });
    expect(team.weeksEntered).toBe(3);
  });

  it("is all zeros without entries", () => {
    expect(laggingTotals([])).toEqual({ byMember: {}, team: NO_LAGGING });
  });
});
