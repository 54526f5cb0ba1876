import { describe, expect, it } from "vitest";
import type { MemberWarning } from "@/lib/dashboard/early-warnings-view";
import { onceOnlyEventId, weeklySignals } from "./weekly-signals";

const members = [
  { id: "a", name: "Ann", status: "active" },
  { id: "b", name: "Bob", status: "active" },
  { id: "c", name: "Cas", status: "active" },
  { id: "d", name: "Dee", status: "deactivated" },
];
const goal = (memberId: string | null, appointments: number) => ({
  memberId,
  fromWeekStart: "2026-01-05",
  appointments,
  calls: null,
  conversations: null,
});

describe("last week's signals for webhooks", () => {
  it("a member's own goal not reached is missed; reached, a week off or no goal of their own is not", () => {
    const week = "2026-W47";
    const signals = weeklySignals({
      week,
      goals: [goal("a", 8), goal("b", 8), goal("c", 8), goal("d", 8), goal(null, 100)],
      members,
      warnings: new Map(),
      records: [
        { memberId: "a", week, notWorked: false, values: { calls: 90, appointments: 5 } },
        { memberId: "b", week, notWorked: false, values: { appointments: 9 } },
        { memberId: "c", week, notWorked: true, values: {} },
      ],
    });
    expect(signals.filter((s) => s.type === "goal.missed")).toEqual([
      {
        type: "goal.missed",
        memberId: "a",
        data: { memberId: "a", week, goal: { appointments: 8 }, actual: { appointments: 5 } },
      },
    ]);
  });

  it("a week not recorded at all counts as no appointments", () => {
    const signals = weeklySignals({
      week: "2026-W47",
      goals: [goal("b", 3)],
      members,
      records: [],
      warnings: new Map(),
    });
    expect(signals.map((s) => [s.type, s.memberId])).toEqual([["goal.missed", "b"]]);
  });

  it("one warning.raised per member with early warnings, all of them in it; none for a deactivated member", () => {
    const week = "2026-W47";
    const warning = (ratioKey: string, weeks: number): MemberWarning => ({
      ratioKey,
      kind: "run",
      side: "below",
      weeks,
      latestWeek: week,
    });
    const signals = weeklySignals({
      week,
      goals: [],
      members,
      records: [],
      warnings: new Map([
        ["b", [warning("conversationsPerCall", 8), warning("appointmentsPerConversation", 9)]],
        ["d", [warning("conversationsPerCall", 10)]],
      ]),
    });
    expect(signals).toEqual([
      {
        type: "warning.raised",
        memberId: "b",
        data: {
          memberId: "b",
          week,
          warnings: [warning("appointmentsPerConversation", 9), warning("conversationsPerCall", 8)],
        },
      },
    ]);
  });

  it("derives one fixed UUID per organization, type, member and week", () => {
    const id = onceOnlyEventId("org", "goal.missed", "a", "2026-W47");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(onceOnlyEventId("org", "goal.missed", "a", "2026-W47")).toBe(id);
    expect(onceOnlyEventId("org", "goal.missed", "a", "2026-W48")).not.toBe(id);
    expect(onceOnlyEventId("org2", "goal.missed", "a", "2026-W47")).not.toBe(id);
  });
});
