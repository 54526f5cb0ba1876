import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { decimalField } from "@/lib/forms/decimal";
import { decimalPlaces, WHAT_IF_TARGET_DECIMALS } from "@/lib/forms/parse-decimal";
import { computeKpis } from "@/lib/kpi/kpis";
import { InsufficientDataError, type WhatIfResult, whatIfOverKpis } from "@/lib/kpi/what-if";
import { defineRoute } from "../define-route";
import { loadSelection, selectionQuery } from "../kpi-selection";

const MAX_TARGET = 1000;
const MAX_CALLS = 100_000;

const target = z
  .string()
  .refine((text) => decimalPlaces(text) <= WHAT_IF_TARGET_DECIMALS, {
    error: "tooManyDecimals",
    params: { max: WHAT_IF_TARGET_DECIMALS },
  })
  .pipe(decimalField)
  .refine((v) => v === undefined || (v > 0 && v <= MAX_TARGET), { error: "positiveNumber" })
  .optional();
const plannedCalls = decimalField
  .refine((v) => v === undefined || (Number.isInteger(v) && v > 0 && v <= MAX_CALLS), {
    error: "wholePositive",
  })
  .optional();

const common = {
  probabilityOfTarget: z.number(),
  callsNeededCi95: z.tuple([z.number(), z.number()]).meta({
    description:
      "Calls per period the target takes at the 97.5% and 2.5% points of the appointments-per-call rate",
  }),
  littleData: z.boolean().meta({ description: "callsNeededCi95 is wider than 25% of the calls needed" }),
  targetHorizon: z.object({ periods: z.number().int(), appointmentsAtLeast: z.number().int() }).meta({
    description: "The chance is of at least this many appointments in this many periods (2.5 a day: 5 in 2)",
  }),
};

const perDay = z.object({
  callsPerDay: z.number(),
  conversationsPerDay: z.number().nullable(),
  hoursPerDay: z.number().nullable(),
  fte: z.number().nullable(),
  plannedCallsPerDay: z.number().int(),
  callsPerDayFor80Percent: z.number().int().nullable(),
  ...common,
});

const perWeek = z.object({
  callsPerWeek: z.number(),
  conversationsPerWeek: z.number().nullable(),
  hoursPerWeek: z.number().nullable(),
  fte: z.number().nullable(),
  plannedCallsPerWeek: z.number().int(),
  callsPerWeekFor80Percent: z.number().int().nullable(),
  ...common,
});

export const getWhatIf = defineRoute({
  method: "GET",
  path: "/what-if",
  summary:
    "Reverse funnel: the effort a daily or weekly appointment target takes, the range of calls at the rate's 95% interval, and the chance to reach it",
  permission: "entries.read.any",
  query: z.object({
    appointmentsPerDay: target.meta({
      description: "The target per working day; or give appointmentsPerWeek",
    }),
    appointmentsPerWeek: target.meta({ description: "The target per week (5 working days)" }),
    callsPerDay: plannedCalls,
    callsPerWeek: plannedCalls,
    ...selectionQuery,
  }),
  response: z.union([perDay, perWeek]),
  handler: async ({ ctx, query }) => {
    const weekly = query.appointmentsPerWeek !== undefined;
    const fields: ConstructorParameters<typeof ValidationError>[0] = {};
    if (weekly && query.appointmentsPerDay !== undefined)
      fields.appointmentsPerWeek = { key: "oneTargetOnly" };
    if (!weekly && query.appointmentsPerDay === undefined) fields.appointmentsPerDay = { key: "required" };
    // A plan in the other unit than the target is another question: refuse, never convert.
    if (weekly && query.callsPerDay !== undefined) fields.callsPerDay = { key: "planInTargetUnit" };
    if (!weekly && query.callsPerWeek !== undefined) fields.callsPerWeek = { key: "planInTargetUnit" };
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);

    const { setup, weeks } = await loadSelection(ctx, query);
    const kpis = computeKpis({ metrics: setup.metrics, weeks, relativePrecision: setup.relativePrecision });
    let result: WhatIfResult;
    try {
      result = whatIfOverKpis(
        kpis,
        {
          appointmentsPerDay: (weekly ? query.appointmentsPerWeek : query.appointmentsPerDay) as number,
          plannedCallsPerDay: (weekly ? query.callsPerWeek : query.callsPerDay) ?? null,
          unit: weekly ? "week" : "day",
        },
        { weeks, metrics: setup.metrics },
      );
    } catch (error) {
      if (error instanceof InsufficientDataError) {
        throw new ValidationError({
          selection: { key: error.reason === "noCalls" ? "noCallsInSelection" : "noAppointmentsInSelection" },
        });
      }
      throw error;
    }
    const shared = {
      fte: result.fte,
      probabilityOfTarget: result.probabilityOfTarget,
      callsNeededCi95: result.callsNeededCi95,
      littleData: result.littleData,
      targetHorizon: result.targetHorizon,
    };
    return weekly
      ? {
          callsPerWeek: result.callsPerDay,
          conversationsPerWeek: result.conversationsPerDay,
          hoursPerWeek: result.hoursPerDay,
          plannedCallsPerWeek: result.plannedCallsPerDay,
          callsPerWeekFor80Percent: result.callsPerDayFor80Percent,
          ...shared,
        }
      : {
          callsPerDay: result.callsPerDay,
          conversationsPerDay: result.conversationsPerDay,
          hoursPerDay: result.hoursPerDay,
          plannedCallsPerDay: result.plannedCallsPerDay,
          callsPerDayFor80Percent: result.callsPerDayFor80Percent,
          ...shared,
        };
  },
});
