import { describe, expect, it } from "vitest";
import { goalForWeek, type WeeklyGoal } from "./goal-history";

const goal = (memberId: string | null, fromWeekStart: string, appointments: number): WeeklyGoal => ({
  memberId,
  fromWeekStart,
  appointments,
  calls: null,
  conversations: null,
});

const HISTORY = [
  goal("ann", "2026-10-05", 4),
  goal("ann", "2026-11-02", 6),
  goal(null, "2026-10-12", 20),
  goal("bob", "2026-11-16", 3),
];

describe("goalForWeek", () => {
  it.each([
    ["ann", "2026-09-28", null],
    ["ann", "2026-10-05", 4],
    ["ann", "2026-10-26", 4],
    ["ann", "2026-11-02", 6],
    ["ann", "2026-11-30", 6],
    ["bob", "2026-11-09", null],
    ["bob", "2026-11-16", 3],
    [null, "2026-10-05", null],
    [null, "2026-11-30", 20],
  ] as const)("%s in the week of %s: %s appointments", (member, week, appointments) => {
    expect(goalForWeek(HISTORY, member, week)?.appointments ?? null).toBe(appointments);
  });

  it("a rep's goal is not the team's, nor the other way round", () => {
    expect(goalForWeek([goal(null, "2026-10-05", 20)], "ann", "2026-11-30")).toBeNull();
    expect(goalForWeek([goal("ann", "2026-10-05", 4)], null, "2026-11-30")).toBeNull();
  });
});
