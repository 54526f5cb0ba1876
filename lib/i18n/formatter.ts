// next-intl's formatter with a faster `number`: next-intl looks its Intl.NumberFormat up on
// every call (a JSON key of its arguments, in a cache kept per request), which cost the
// benchmark's table of a hundred tenure weeks, ~1,200 numbers, more than 10 ms a view. Here
// each (locale, options) gets one Intl.NumberFormat per process, found by a short key. The
// output is Intl's, as next-intl's is (no global number formats are configured:
// lib/i18n/request.ts); lib/i18n/format.test.ts checks that the two agree.
import { type NumberFormatOptions, useFormatter as useIntlFormatter, useLocale } from "next-intl";

const made = new Map<string, Intl.NumberFormat>();
/** Options come from the code (and an organization's currency): a bound all the same. */
const MAX_MADE = 500;

function keyOf(locale: string, options: NumberFormatOptions | undefined): string {
  let key = locale;
  if (options) for (const name in options) key += `|${name}=${String(options[name as keyof typeof options])}`;
  return key;
}

/** One Intl.NumberFormat per locale and options, made once. */
export function numberFormat(locale: string, options?: NumberFormatOptions): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = made.get(key);
  if (!format) {
    if (made.size >= MAX_MADE) made.clear();
    // next-intl's options type is Intl's, with narrower strings where Intl's has a looser union.
    format = new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions);
    made.set(key, format);
  }
  return format;
}

/** useFormatter from next-intl, in server and client components alike, with numbers from numberFormat. */
export function useFormatter() {
  const format = useIntlFormatter();
  const locale = useLocale();
  return {
    ...format,
    number: (value: number | bigint, options?: NumberFormatOptions) =>
      numberFormat(locale, options).format(value),
  };
}
