import { describe, expect, it } from "vitest";
import { decimalField, parseDecimal } from "./decimal";

describe("decimal input", () => {
  it.each([
    ["7,5", 7.5],
    ["7.5", 7.5],
    [" 12 ", 12],
    ["0,25", 0.25],
    ["-3", -3],
    ["1.000,5", null],
    ["7,5,1", null],
    ["abc", null],
    ["", null],
  ])("%s → %s", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it("reports a message key and treats empty as not given", () => {
    expect(decimalField.parse("")).toBeUndefined();
    const result = decimalField.safeParse("12x");
    expect(result.error?.issues[0]?.message).toBe("notANumber");
  });
});
