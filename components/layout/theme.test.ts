import { describe, expect, it } from "vitest";
import { parseTheme, THEME_COOKIE, themeClass, themeCookie } from "./theme";

describe("theme", () => {
  it.each([
    ["dark", "dark"],
    ["light", "light"],
    ["system", "system"],
    ["purple", "system"],
    [undefined, "system"],
    ["", "system"],
  ])("cookie %s → %s", (value, theme) => {
    expect(parseTheme(value)).toBe(theme);
  });

  it("puts a class on <html> only when the person overrides the device", () => {
    expect(themeClass("system")).toBeUndefined();
    expect(themeClass("dark")).toBe("dark");
    expect(themeClass("light")).toBe("light");
  });

  it("remembers the choice for a year on every path", () => {
    expect(themeCookie("dark")).toBe(`${THEME_COOKIE}=dark; path=/; max-age=31536000; samesite=lax`);
  });
});
