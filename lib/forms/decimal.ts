import { z } from "zod";

/** "7,5" and "7.5" both mean seven and a half (Dutch forms use a decimal comma). */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(",", "."));
}

/** A form field holding a decimal number; empty is undefined. Errors are message keys. */
export const decimalField = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === "") return undefined;
    const value = parseDecimal(text);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: "notANumber" });
      return z.NEVER;
    }
    return value;
  });
