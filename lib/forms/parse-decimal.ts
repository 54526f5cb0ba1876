// Without zod, so that code running in the browser (the what-if page's live answer) can read a
// decimal without shipping the schema library. The zod field is in decimal.ts.

/** "7,5" and "7.5" both mean seven and a half (Dutch forms use a decimal comma). */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(",", "."));
}
