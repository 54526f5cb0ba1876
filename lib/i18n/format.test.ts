// The examples, through the same formatter the pages use (next-intl's, with the
// locales and time zone of lib/i18n/request.ts): Dutch 8,5% and € 1.250,00; English
// 8.5% and €1,250.00; dates in each language's order.
import { createFormatter, type NumberFormatOptions } from "next-intl";
import { describe, expect, it } from "vitest";
import { numberFormat } from "./formatter";
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

  it("formats numbers as next-intl does, through one Intl.NumberFormat per locale and options", () => {
    const options: (NumberFormatOptions | undefined)[] = [
      undefined,
      { maximumFractionDigits: 1 },
      { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 },
      { style: "percent", maximumFractionDigits: 0 },
      { maximumFractionDigits: 1, signDisplay: "exceptZero" },
      { style: "currency", currency: "EUR" },
      { style: "currency", currency: "USD", maximumFractionDigits: 0 },
    ];
    const values = [0, -0.0123, 0.085, 1, 12.345, 1250, -98765.4321, 1e9];
    for (const locale of ["en", "nl"] as const) {
      const format = formatter(locale);
      for (const option of options) {
        for (const value of values)
          expect(numberFormat(FORMAT_LOCALE[locale], option).format(value)).toBe(
            format.number(value, option),
          );
        // The same options written again: the same formatter, not another one.
        expect(numberFormat(FORMAT_LOCALE[locale], option && { ...option })).toBe(
          numberFormat(FORMAT_LOCALE[locale], option),
        );
      }
    }
    // Other options or another locale: another formatter.
    expect(numberFormat("nl-BE", { maximumFractionDigits: 1 })).not.toBe(
      numberFormat("nl-BE", { maximumFractionDigits: 2 }),
    );
    expect(numberFormat("nl-BE")).not.toBe(numberFormat("en-GB"));
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
