// The examples, through the same formatter the pages use (next-intl's, with the
// locales and time zone of lib/i18n/request.ts): Dutch 8,5% and € 1.250,00; English
// 8.5% and €1,250.00; dates in each language's order.
import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMAT_LOCALE, languageOf } from "./locale";

const formatter = (locale: "en" | "nl") =>
  createFormatter({ locale: FORMAT_LOCALE[locale], timeZone: "Europe/Brussels" });
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("locale formatting", () => {
  it.each([
    ["nl", "8,5%", "€ 1.250,00", "1.250"],
    ["en", "8.5%", "€1,250.00", "1,250"],
  ] as const)("%s: %s, %s, %s", (locale, percent, money, count) => {
    const format = formatter(locale);
    expect(nbsp(format.number(0.085, { style: "percent", maximumFractionDigits: 1 }))).toBe(percent);
    expect(nbsp(format.number(1250, { style: "currency", currency: "EUR" }))).toBe(money);
    expect(nbsp(format.number(1250))).toBe(count);
  });

  it("writes dates in each language's order", () => {
    const day = new Date("2026-11-23T12:00:00Z");
    expect(formatter("nl").dateTime(day, { dateStyle: "medium" })).toBe("23 nov 2026");
    expect(formatter("en").dateTime(day, { dateStyle: "medium" })).toBe("23 Nov 2026");
  });
});

describe("languageOf", () => {
  it.each([
    ["en-GB", "en"],
    ["nl-BE", "nl"],
    ["nl", "nl"],
    ["fr-BE", "en"],
  ] as const)("%s is %s", (tag, language) => {
    expect(languageOf(tag)).toBe(language);
  });
});
