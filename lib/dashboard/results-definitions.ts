// The lagging-results action, kept outside the "use server" file so integration tests can run
// it through executeOrgAction. Managers enter results per rep per week, or per month (stored on
// the week that holds the month's first day).
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { saveLaggingResult } from "@/lib/entries/data/lagging";
import { isoWeekOfDate, mondayDateOfIsoWeek, parseIsoWeek } from "@/lib/weeks/iso-week";

const WEEK = /^\d{4}-W\d{2}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-W47" -> its Monday; "2026-11" -> the Monday of the week holding 1 November; else null. */
export function weekStartOfResultPeriod(text: string): string | null {
  try {
    if (WEEK.test(text)) {
      parseIsoWeek(text);
      return mondayDateOfIsoWeek(text);
    }
    const month = MONTH.exec(text);
    if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
      return mondayDateOfIsoWeek(isoWeekOfDate(`${month[1]}-${month[2]}-01`));
    }
  } catch {
    return null;
  }
  return null;
}

const blankIsMissing = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const count = z.preprocess(
  blankIsMissing,
  z.coerce
    .number({ error: "wholeNumberNotNegative" })
    .int({ error: "wholeNumberNotNegative" })
    .min(0, { error: "wholeNumberNotNegative" })
    .max(1_000_000, { error: "wholeNumberNotNegative" }),
);

export const laggingResultSchema = z.object({
  memberId: z.uuid({ error: "chooseRep" }),
  period: z
    .string({ error: "weekOrMonth" })
    .trim()
    .refine((text) => weekStartOfResultPeriod(text) !== null, { error: "weekOrMonth" }),
  appointmentsHeld: count,
  dealsWon: count,
  // Dutch users type 1.250,50; English users 1,250.50. Grouping is dropped, the last mark decides.
  revenueWon: z.preprocess(
    (value) => (typeof value === "string" ? parseAmount(value) : value),
    z
      .number({ error: "amountNotNegative" })
      .min(0, { error: "amountNotNegative" })
      .max(999_999_999_999, { error: "amountNotNegative" }),
  ),
});

/** "1.250,50" and "1,250.50" and "1250.5" -> 1250.5; "" -> undefined; nonsense -> NaN. */
export function parseAmount(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return undefined;
  if (!/^\d[\d.,]*$/.test(trimmed)) return Number.NaN;
  const lastMark = Math.max(trimmed.lastIndexOf(","), trimmed.lastIndexOf("."));
  const decimals = lastMark >= 0 ? trimmed.length - lastMark - 1 : 0;
  // One or two digits after the last mark: a decimal mark; three: a thousands separator.
  if (lastMark < 0 || decimals === 3) return Number(trimmed.replace(/[.,]/g, ""));
  if (decimals > 2) return Number.NaN;
  return Number(`${trimmed.slice(0, lastMark).replace(/[.,]/g, "")}.${trimmed.slice(lastMark + 1)}`);
}

export const saveLaggingResultDefinition: OrgActionDefinition<typeof laggingResultSchema> = {
  schema: laggingResultSchema,
  permission: "entries.write.any",
  successMessage: "saved",
  handler: async (input, ctx) => {
    await saveLaggingResult(ctx, {
      memberId: input.memberId,
      weekStart: weekStartOfResultPeriod(input.period) as string,
      appointmentsHeld: input.appointmentsHeld,
      dealsWon: input.dealsWon,
      revenueWon: Math.round(input.revenueWon * 100) / 100,
    });
  },
};
