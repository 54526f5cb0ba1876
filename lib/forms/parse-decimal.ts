// Without zod, so that code running in the browser (the what-if page's live answer) can read a
// decimal without shipping the schema library. The zod field is in decimal.ts.

/** "7,5" and "7.5" both mean seven and a half (Dutch forms use a decimal comma). */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(",", "."));
}

/** How many decimals a typed number has: "7,125" → 3, "7" → 0. */
export function decimalPlaces(text: string): number {
  return /[.,](\d+)$/.exec(text.trim().replace(/\s/g, ""))?.[1]?.length ?? 0;
}

/**
 * The most decimals a what-if target may have. Its chance is counted in whole appointments
 * over up to 100 periods, so a third decimal would be rounded away (7.777 a day answered as
 * 7.78): such a target is refused, not changed.
 */
export const WHAT_IF_TARGET_DECIMALS = 2;
