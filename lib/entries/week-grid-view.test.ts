import { describe, expect, it } from "vitest";
import type { WeekStatus } from "./expected-weeks";
import { type GridRow, gridPage, gridParams, gridSortedBy, parseGridQuery } from "./week-grid-view";

const weeks = ["2026-W46", "2026-W47"];
const row = (name: string, last: WeekStatus): GridRow => ({
  memberId: name,
  name,
  email: `${name}@example.test`,
  invited: false,
  weeks: { "2026-W46": "filled", "2026-W47": last },
});
const rows = [
  row("rep 10", "filled"),
  row("Ann", "missing"),
  row("rep 9", "missing"),
  row("bob", "notWorked"),
];
const names = (query: Parameters<typeof gridPage>[1], size = 25) =>
  gridPage(rows, query, size).rows.map((r) => r.name);

describe("the weeks grid's page", () => {
  it("reads the URL, and anything unknown is the default", () => {
    expect(parseGridQuery({ sort: "2026-W47", dir: "desc", page: "2" }, weeks)).toEqual({
      sort: "2026-W47",
      dir: "desc",
      page: 2,
    });
    expect(parseGridQuery({ sort: "2027-W01", dir: "sideways", page: "x" }, weeks)).toEqual({
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });

  it.each([
    [{ sort: "name", dir: "asc", page: 1 }, ["Ann", "bob", "rep 9", "rep 10"]],
    [{ sort: "name", dir: "desc", page: 1 }, ["rep 10", "rep 9", "bob", "Ann"]],
    // Who still owes the week first, by name within each group.
    [{ sort: "2026-W47", dir: "asc", page: 1 }, ["Ann", "rep 9", "bob", "rep 10"]],
    [{ sort: "2026-W47", dir: "desc", page: 1 }, ["bob", "rep 10", "Ann", "rep 9"]],
  ] as const)("sorts %j", (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it("cuts pages after sorting", () => {
    expect(names({ sort: "name", dir: "asc", page: 2 }, 3)).toEqual(["rep 10"]);
    expect(gridPage(rows, { sort: "name", dir: "asc", page: 2 }, 3)).toMatchObject({
      first: 4,
      pageCount: 2,
    });
  });

  it("writes the URL without defaults; a header press sorts ascending first, then flips", () => {
    expect(gridParams({ sort: "name", dir: "asc", page: 1 })).toEqual({});
    const byWeek = gridSortedBy({ sort: "name", dir: "asc", page: 3 }, "2026-W47");
    expect(byWeek).toEqual({ sort: "2026-W47", dir: "asc", page: 1 });
    expect(gridSortedBy(byWeek, "2026-W47").dir).toBe("desc");
    expect(gridParams({ ...byWeek, dir: "desc", page: 2 })).toEqual({
      sort: "2026-W47",
      dir: "desc",
      page: "2",
    });
  });
});
