import { describe, expect, it } from "vitest";
import { pageOf, parsePage } from "./paging";

const rows = Array.from({ length: 53 }, (_, i) => i + 1);

describe("pageOf", () => {
  it.each([
    { requested: 1, page: 1, first: 1, last: 25 },
    { requested: 2, page: 2, first: 26, last: 50 },
    { requested: 3, page: 3, first: 51, last: 53 },
    { requested: 9, page: 3, first: 51, last: 53 },
    { requested: 0, page: 1, first: 1, last: 25 },
  ])(
    "page $requested of 53 rows by 25 is page $page, rows $first-$last",
    ({ requested, page, first, last }) => {
      const cut = pageOf(rows, requested, 25);
      expect(cut).toMatchObject({ page, first, matching: 53, pageCount: 3, pageSize: 25 });
      expect(cut.rows[0]).toBe(first);
      expect(cut.rows.at(-1)).toBe(last);
    },
  );

  it("an empty list is one empty page", () => {
    expect(pageOf([], 4, 25)).toEqual({
      rows: [],
      matching: 0,
      page: 1,
      pageCount: 1,
      pageSize: 25,
      first: 0,
    });
  });
});

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["2", 2],
    [["3", "4"], 3],
    ["0", 1],
    ["-2", 1],
    ["1.5", 1],
    ["banana", 1],
    ["9999999", 1],
  ] as const)("%j is page %d", (value, page) => {
    expect(parsePage(value as string | string[] | undefined)).toBe(page);
  });
});
