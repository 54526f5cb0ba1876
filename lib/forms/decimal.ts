import { z } from "zod";
import { parseDecimal } from "./parse-decimal";

export { parseDecimal };

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
