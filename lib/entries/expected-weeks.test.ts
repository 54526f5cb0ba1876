import { describe, expect, it } from "vitest";
import { type WeekOwer, weekStatus } from "./expected-weeks";

const rep: WeekOwer = { role: "rep", status: "active", startedOn: "2026-09-01", logsWeeks: false };
const CURRENT = "2026-W47";

describe("weekStatus: who has not filled in", () => {
  it.each<[string, Partial<WeekOwer>, string, "filled" | "notWorked" | undefined, string]>([
    ["a rep's past week without a record", {}, "2026-W46", undefined, "missing"],
    ["a rep's filled week", {}, "2026-W46", "filled", "filled"],
    ["a rep's week off", {}, "2026-W46", "notWorked", "notWorked"],
    ["the current week before it ends", {}, CURRENT, undefined, "open"],
    ["a week before the start", { startedOn: "2026-11-18" }, "2026-W46", undefined, "notExpected"],
    [
      "the week of the start (started mid-week)",
      { startedOn: "2026-11-12" },
      "2026-W46",
      undefined,
      "missing",
    ],
    ["an owner who logs nothing", { role: "owner" }, "2026-W46", undefined, "notExpected"],
    ["a manager who logs weeks", { role: "manager", logsWeeks: true }, "2026-W46", undefined, "missing"],
    ["an invited rep", { status: "invited" }, "2026-W46", undefined, "notExpected"],
    ["a deactivated rep", { status: "deactivated" }, "2026-W46", undefined, "notExpected"],
    ["an owner's recorded week still shows", { role: "owner" }, "2026-W46", "filled", "filled"],
  ])("%s", (_name, overrides, week, recorded, expected) => {
    expect(weekStatus({ ...rep, ...overrides }, week, CURRENT, recorded)).toBe(expected);
  });
});
