import { describe, expect, it } from "vitest";
import { addDaysTo, addWeeksTo, isoWeekLabel, mondayOf, todayIn } from "./calendar";

describe("calendar", () => {
  it.each([
    ["2026-11-23", "2026-11-23"], // a Monday
    ["2026-11-29", "2026-11-23"], // the Sunday after
    ["2027-01-01", "2026-12-28"], // New Year's Day falls in 2026-W53
    ["2024-02-29", "2024-02-26"],
  ])("mondayOf(%s) = %s", (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });

  it.each([
    ["2026-03-28", 1, "2026-03-29"], // into the spring's daylight-saving change in Europe
    ["2026-03-29", 1, "2026-03-30"],
    ["2026-10-25", -1, "2026-10-24"], // across the autumn's change
    ["2024-02-28", 1, "2024-02-29"], // a leap day
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-11-23", 6, "2026-11-29"], // a week's Sunday
    ["2026-01-01", -1, "2025-12-31"],
  ])("addDaysTo(%s, %i) = %s", (date, days, expected) => {
    expect(addDaysTo(date, days)).toBe(expected);
  });

  it("adds weeks across a year boundary", () => {
    expect(addWeeksTo("2026-12-28", 1)).toBe("2027-01-04");
    expect(addWeeksTo("2027-01-04", -2)).toBe("2026-12-21");
  });

  it("knows the date in the organization's time zone, not the server's", () => {
    // Sunday 23:30 UTC is already Monday in Brussels.
    const now = new Date("2026-11-22T23:30:00Z");
    expect(todayIn("Europe/Brussels", now)).toBe("2026-11-23");
    expect(todayIn("America/New_York", now)).toBe("2026-11-22");
  });
});

describe("ISO week labels", () => {
  it.each([
    ["2026-11-23", "2026-W48"],
    ["2027-01-01", "2026-W53"],
    ["2025-12-29", "2026-W01"],
    ["2021-01-03", "2020-W53"],
  ])("%s is in %s", (date, label) => {
    expect(isoWeekLabel(date)).toBe(label);
  });
});
