import { describe, expect, it } from "vitest";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "./iso-week";
import { blockStartOf, WEEKS_PER_BLOCK, wholeBlocksWithin } from "./week-blocks";

const mondayPlus = (monday: string, weeks: number) =>
  mondayDateOfIsoWeek(addIsoWeeks(isoWeekOfDate(monday), weeks));

describe("blocks of 13 weeks", () => {
  it.each([
    ["2000-01-03", "2000-01-03"],
    ["2000-03-27", "2000-01-03"],
    ["2000-04-03", "2000-04-03"],
    ["1999-12-27", "1999-10-04"],
    ["2026-11-23", "2026-08-31"],
    ["2026-11-30", "2026-11-30"],
  ])("the week of %s is in the block that starts %s", (monday, start) => {
    expect(blockStartOf(monday)).toBe(start);
  });

  it("a block is 13 consecutive weeks", () => {
    const start = blockStartOf("2026-10-12");
    for (let k = 0; k < WEEKS_PER_BLOCK; k++) expect(blockStartOf(mondayPlus(start, k))).toBe(start);
    expect(blockStartOf(mondayPlus(start, WEEKS_PER_BLOCK))).not.toBe(start);
    expect(blockStartOf(mondayPlus(start, -1))).not.toBe(start);
  });

  it.each([
    // exactly one block
    ["2026-08-31", "2026-11-23", { from: "2026-08-31", to: "2026-11-23" }],
    // one week short at either end: none
    ["2026-09-07", "2026-11-23", null],
    ["2026-08-31", "2026-11-16", null],
    // a week either side: the block inside
    ["2026-08-24", "2026-11-30", { from: "2026-08-31", to: "2026-11-23" }],
    // one week
    ["2026-08-31", "2026-08-31", null],
  ])("whole blocks from %s to %s", (from, to, expected) => {
    expect(wholeBlocksWithin(from, to)).toEqual(expected);
  });

  it("whole blocks are whole and inside, for any period", () => {
    for (let offset = 0; offset < 30; offset++) {
      for (let length = 1; length < 60; length += 3) {
        const from = mondayPlus("2025-01-06", offset);
        const to = mondayPlus(from, length - 1);
        const blocks = wholeBlocksWithin(from, to);
        const weeks = Array.from({ length }, (_, k) => mondayPlus(from, k));
        // A block is whole when all 13 of its weeks are in the period.
        const whole = [...new Set(weeks.map(blockStartOf))].filter(
          (start) => weeks.filter((w) => blockStartOf(w) === start).length === WEEKS_PER_BLOCK,
        );
        if (whole.length === 0) expect(blocks).toBeNull();
        else
          expect(blocks).toEqual({
            from: whole[0],
            to: mondayPlus(whole[whole.length - 1] as string, WEEKS_PER_BLOCK - 1),
          });
      }
    }
  });
});
