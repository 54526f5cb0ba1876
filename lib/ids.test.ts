import { describe, expect, it } from "vitest";
import { isUuid } from "./ids";

describe("isUuid", () => {
  it.each([
    ["0b6f3c1e-9a52-4c1d-8e3f-2a7b5c9d0e11", true],
    ["0B6F3C1E-9A52-4C1D-8E3F-2A7B5C9D0E11", true],
    ["0b6f3c1e9a524c1d8e3f2a7b5c9d0e11", false],
    ["------------------------------------", false],
    ["0b6f3c1e-9a52-4c1d-8e3f-2a7b5c9d0e11 ", false],
    ["'; drop table members; --", false],
    ["", false],
  ])("%j: %s", (text, expected) => {
    expect(isUuid(text)).toBe(expected);
  });
});
