// FormData arrives as strings: checkboxes are "on" when ticked and absent otherwise.
import { z } from "zod";
import { dict } from "@/lib/kpi/user-keys";

export const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === true,
  z.boolean(),
);

/** The metric fields of a week form ("metrics.calls" -> "calls"), blanks included. */
export function metricValuesOf(input: Record<string, unknown>): Record<string, string> {
  const values = dict<string>();
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith("metrics.") && typeof value === "string")
      values[name.slice("metrics.".length)] = value;
  }
  return values;
}
