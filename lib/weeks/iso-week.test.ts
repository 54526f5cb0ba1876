import { describe, expect, it } from "vitest";
import {
  addIsoWeeks,
  compareIsoWeeks,
  formatIsoWeek,
  isoWeekOfDate,
  isoWeeksBetween,
  isoWeeksInYear,
  listIsoWeeks,
  mondayDateOfIsoWeek,
  parseIsoWeek,
} from "./iso-week";

describe("ISO weeks", () => {
  it.each([
    [2015, 53],
    [2020, 53], // leap year starting on a Wednesday
    [2021, 52],
    [2025, 52],
    [2026, 53], // starts on a Thursday
    [2027, 52],
    [2032, 53],
  ])("%i has %i weeks", (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it("parses and formats", () => {
    expect(parseIsoWeek("2026-W47")).toEqual({ year: 2026, week: 47 });
    expect(parseIsoWeek("2026-W53")).toEqual({ year: 2026, week: 53 });
    expect(formatIsoWeek({ year: 2027, week: 1 })).toBe("2027-W01");
  });

  it.each(["2025-W53", "2026-W00", "2026-W54", "2026-w47", "2026W47", "26-W47", "2026-W7", ""])(
    "rejects %j",
    (text) => {
      expect(() => parseIsoWeek(text)).toThrow(RangeError);
    },
  );

  it.each([
    ["2026-W53", 1, "2027-W01"],
    ["2027-W01", -1, "2026-W53"],
    ["2025-W52", 1, "2026-W01"],
    ["2020-W53", 1, "2021-W01"],
    ["2026-W47", 0, "2026-W47"],
    ["2026-W01", 106, "2028-W02"],
  ])("%s plus %i weeks is %s", (week, count, expected) => {
    expect(addIsoWeeks(week, count)).toBe(expected);
  });

  it.each([
    ["2026-W53", "2027-W01", 1],
    ["2025-W52", "2027-W01", 54],
    ["2020-W01", "2021-W01", 53],
    ["2027-W01", "2026-W52", -2],
  ])("from %s to %s is %i weeks", (from, to, expected) => {
    expect(isoWeeksBetween(from, to)).toBe(expected);
    expect(Math.sign(compareIsoWeeks(to, from))).toBe(Math.sign(expected));
  });

  it("lists a range across a 53-week year", () => {
    expect(listIsoWeeks("2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expect(listIsoWeeks("2026-W05", "2026-W05")).toEqual(["2026-W05"]);
    expect(() => listIsoWeeks("2026-W06", "2026-W05")).toThrow(RangeError);
  });

  it.each([
    ["2026-01-01", "2026-W01"], // a Thursday: the first week of 2026
    ["2025-12-29", "2026-W01"],
    ["2027-01-03", "2026-W53"], // a Sunday still in 2026's 53rd week
    ["2027-01-04", "2027-W01"],
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
    ["2026-11-16", "2026-W47"],
  ])("the date %s is in %s", (date, week) => {
    expect(isoWeekOfDate(date)).toBe(week);
  });

  it.each(["2026-02-29", "2026-13-01", "2026-1-1", "yesterday"])("rejects the date %j", (date) => {
    expect(() => isoWeekOfDate(date)).toThrow(RangeError);
  });
});

describe("mondayDateOfIsoWeek", () => {
  it.each([
    ["2026-W48", "2026-11-23"],
    ["2026-W53", "2026-12-28"],
    ["2027-W01", "2027-01-04"],
    ["2020-W53", "2020-12-28"],
    ["2000-W01", "2000-01-03"],
    ["2025-W01", "2024-12-30"],
  ])("%s starts on %s", (week, monday) => {
    expect(mondayDateOfIsoWeek(week)).toBe(monday);
  });

  it("is the inverse of isoWeekOfDate for every week of a decade", () => {
    for (const week of listIsoWeeks("2019-W01", "2029-W52")) {
      expect(isoWeekOfDate(mondayDateOfIsoWeek(week))).toBe(week);
    }
  });
});
