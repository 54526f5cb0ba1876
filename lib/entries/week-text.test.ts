import { describe, expect, it } from "vitest";
import { parseWeekText } from "./week-text";

describe("which week a text means", () => {
  it.each([
    ["2026-W47", "2026-W47"],
    ["2026-w47", "2026-W47"],
    ["2026-11-16", "2026-W47"],
    ["2026-11-22", "2026-W47"],
    ["2027-01-01", "2026-W53"],
  ])("%s is %s", (text, week) => {
    expect(parseWeekText(text, "2027-W10")).toEqual({ ok: true, week });
  });

  it.each([
    ["2026-W54", "invalidIsoWeek"],
    ["2025-W53", "invalidIsoWeek"],
    ["16/11/2026", "invalidIsoWeek"],
    ["1999-W52", "weekOutOfRange"],
    ["2026-W48", "futureWeek"],
  ])("%s is refused: %s", (text, key) => {
    expect(parseWeekText(text, "2026-W47")).toEqual({ ok: false, error: expect.objectContaining({ key }) });
  });

  it.each(["0000-01-01", "0000-01-03"])(
    "%s is refused, not thrown (found by fuzzing the goal form)",
    (text) => {
      expect(parseWeekText(text, "2026-W47").ok).toBe(false);
    },
  );
});
