// The spreadsheet words of each language, from the message catalogues (import.csvHeaders
// and the standard metric names), so that a translator changes them in one place.
import { LOCALES, type Locale } from "@/lib/domain";
import { loadMessages } from "@/lib/i18n/messages";
import type { CsvLanguage } from "./csv-headers";

interface CsvCatalogue {
  import: { csvHeaders: Omit<CsvLanguage, "metrics"> };
  metrics: Record<string, string>;
}

export function csvLanguage(locale: Locale): CsvLanguage {
  const messages = loadMessages(locale) as unknown as CsvCatalogue;
  return { ...messages.import.csvHeaders, metrics: messages.metrics };
}

/** Every language a file may be written in; the import reads them all. */
export function csvLanguages(): CsvLanguage[] {
  return LOCALES.map(csvLanguage);
}
