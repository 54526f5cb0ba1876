// Found by fuzzing the pay forms (lib/actions/fuzz.int.test.ts): removing a pay change
// "from 0000-01-01" reached PostgreSQL, which refuses year 0 with an error (a 500).
import { describe, expect, it } from "vitest";
import { effectiveFromField } from "./pay-definitions";

describe("the date a pay change takes effect", () => {
  it.each(["0000-01-01", "9999-99-99", "2026-02-30", "1899-12-31", "2101-01-01"])("refuses %s", (text) => {
    expect(effectiveFromField.safeParse(text).success).toBe(false);
  });

  it("takes a real day", () => {
    expect(effectiveFromField.parse(" 2026-01-05 ")).toBe("2026-01-05");
  });
});
