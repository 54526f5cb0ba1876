import "server-only";
import { z } from "zod";
import {
  FORECAST_DEFAULT_WEEKS,
  FORECAST_LEARNING_WEEKS,
  FORECAST_MAX_CALLS,
  FORECAST_MAX_WEEKS,
  forecastSelection,
} from "@/lib/dashboard/forecast-view";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { decimalField } from "@/lib/forms/decimal";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import { defineRoute } from "../define-route";
import { loadSelection, selectionQuery } from "../kpi-selection";

const band = { expected: z.number(), p10: z.number().int(), p90: z.number().int() };

export const getForecast = defineRoute({
  method: "GET",
  path: "/forecast",
  summary:
    "Appointments in the next weeks at planned calls per week: expected, with the 80% band (p10..p90) that counts the rate's uncertainty and the week-to-week variation beyond luck",
  permission: "entries.read.any",
  query: z.object({
    ...selectionQuery,
    weeks: decimalField
      .refine((v) => v === undefined || (Number.isInteger(v) && v >= 1 && v <= FORECAST_MAX_WEEKS), {
        error: "wholeBetween",
        params: { max: FORECAST_MAX_WEEKS },
      })
      .optional()
      .meta({ description: `Weeks ahead, 1 to ${FORECAST_MAX_WEEKS} (default ${FORECAST_DEFAULT_WEEKS})` }),
    callsPerWeek: decimalField
      .refine((v) => v === undefined || (v > 0 && v <= FORECAST_MAX_CALLS), {
        error: "numberBetween",
        params: { max: FORECAST_MAX_CALLS },
      })
      .optional()
      .meta({ description: "Planned calls per week (default: the average of the last 4 recorded weeks)" }),
  }),
  response: z.object({
    basis: z.object({
      callsPerWeek: z.number(),
      callsPerWeekIsAverage: z.boolean(),
      appointmentsPerCall: z.object({
        numerator: z.number(),
        denominator: z.number(),
        value: z.number().nullable(),
      }),
      weeksUsed: z.number().int(),
      rateUsed: z.number().meta({ description: "The appointments per call the forecast runs on" }),
      expectedLongRun: z.object({ value: z.number(), teamShare: z.number() }).nullable().meta({
        description: "One member's ratio pulled toward the team's (empirical Bayes); null for the team",
      }),
      weekToWeekVariation: z
        .number()
        .meta({ description: "Overdispersion rho of the weekly rate; 0 = luck only" }),
    }),
    weeks: z.array(z.object({ week: z.string(), ...band })),
    total: z.object(band),
  }),
  handler: async ({ ctx, query }) => {
    // Unlike /kpis, the default `to` is the current week: the forecast is of the weeks after it.
    const to = query.to ?? currentWeekOf(ctx.org.timeZone).week;
    const from = query.from ?? addIsoWeeks(to, -(FORECAST_LEARNING_WEEKS - 1));
    // The whole team's records: one rep's forecast leans on the team's prior.
    const { setup, weeks } = await loadSelection(ctx, { from, to });
    if (query.member && !setup.members.some((m) => m.id === query.member)) throw new NotFoundError("member");
    try {
      return forecastSelection({
        records: weeks,
        memberId: query.member ?? null,
        to,
        weeks: query.weeks ?? FORECAST_DEFAULT_WEEKS,
        plannedCallsPerWeek: query.callsPerWeek ?? null,
      });
    } catch (error) {
      if (error instanceof InsufficientDataError) {
        throw new ValidationError({ selection: { key: "noCallsInSelection" } });
      }
      throw error;
    }
  },
});
