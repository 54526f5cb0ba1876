import { describe, expect, it } from "vitest";
import type { WeekRecord } from "@/lib/kpi/types";
import { missingWeeks, owesWeek, type StatusMember, weekStatusOf } from "./week-status";

const member = (id: string, extra: Partial<StatusMember> = {}): StatusMember => ({
  id,
  role: "rep",
  status: "active",
  startedOn: "2026-01-05",
  ...extra,
});
const record = (memberId: string, week: string, notWorked = false): WeekRecord => ({
  memberId,
  week,
  notWorked,
  values: notWorked ? {} : { calls: 10 },
});

describe("who owes a weekly form", () => {
  it.each([
    ["an active rep who had started", member("a"), true],
    ["a rep who started on the week's Sunday", member("a", { startedOn: "2026-11-15" }), true],
    ["a rep who started the Monday after", member("a", { startedOn: "2026-11-16" }), false],
    ["an invited rep", member("a", { status: "invited" }), false],
    ["a departed rep", member("a", { status: "deactivated" }), false],
    ["a manager who does not sell", member("a", { role: "manager" }), false],
  ])("%s: %s", (_, who, owes) => {
    expect(owesWeek(who, "2026-W46", false)).toBe(owes);
  });

  it("a manager who logs weeks owes them too", () => {
    expect(owesWeek(member("m", { role: "manager" }), "2026-W46", true)).toBe(true);
  });

  it("lists the missing ended weeks per member; a week off is not missing", () => {
    const members = [member("ann"), member("bob"), member("cas", { startedOn: "2026-11-16" })];
    const records = [record("ann", "2026-W45"), record("ann", "2026-W46", true), record("bob", "2026-W46")];
    expect(weekStatusOf(records, "ann", "2026-W46")).toBe("notWorked");
    expect(missingWeeks(members, records, ["2026-W45", "2026-W46", "2026-W47"])).toEqual([
      { memberId: "ann", weeks: ["2026-W47"] },
      { memberId: "bob", weeks: ["2026-W45", "2026-W47"] },
      { memberId: "cas", weeks: ["2026-W47"] },
    ]);
  });
});
