import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, pickLocale } from "./locale";

describe("locale", () => {
  it.each([
    ["nl-BE,nl;q=0.9,en;q=0.8", "nl"],
    ["fr-BE,fr;q=0.9,en;q=0.5", "en"],
    ["de-DE", null],
    ["en;q=0.2,nl;q=0.9", "nl"],
    ["nl;q=0", null],
  ])("Accept-Language %s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("prefers the user's setting, then the cookie, then the browser, then English", () => {
    expect(pickLocale({ userSetting: "nl", cookie: "en", acceptLanguage: "en" })).toBe("nl");
    expect(pickLocale({ cookie: "nl", acceptLanguage: "en" })).toBe("nl");
    expect(pickLocale({ cookie: "xx", acceptLanguage: "nl-NL" })).toBe("nl");
    expect(pickLocale({})).toBe("en");
  });
});
