import { LOCALES, type Locale } from "@/lib/domain";

export const DEFAULT_LOCALE: Locale = "en";

/**
 * The conventions each language writes numbers and dates in. The users work in Belgium and
 * elsewhere in Europe, so English reads "23 Nov 2026" and "€1,250.00" (British), not the
 * American "Nov 23, 2026"; Dutch is Belgian ("23 nov 2026", "€ 1.250,00").
 */
export const FORMAT_LOCALE: Record<Locale, string> = { en: "en-GB", nl: "nl-BE" };

/** The language of a formatting locale ("en-GB" → "en"), for messages and the switcher. */
export function languageOf(tag: string): Locale {
  const language = tag.toLowerCase().split("-")[0];
  return isLocale(language) ? language : DEFAULT_LOCALE;
}
export const LOCALE_COOKIE = "funnelmeter-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header (nl-BE, nl-NL → nl). */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.lang).find(isLocale) ?? null;
}

/** The user's setting wins, then the switcher's cookie, then the browser. */
export function pickLocale(options: {
  userSetting?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(options.userSetting)) return options.userSetting;
  if (isLocale(options.cookie)) return options.cookie;
  return localeFromAcceptLanguage(options.acceptLanguage ?? null) ?? DEFAULT_LOCALE;
}
