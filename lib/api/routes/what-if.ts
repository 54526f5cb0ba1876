import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { decimalField } from "@/lib/forms/decimal";
import { computeKpis } from "@/lib/kpi/kpis";
import { InsufficientDataError, whatIfOverKpis } from "@/lib/kpi/what-if";
import { defineRoute } from "../define-route";
import { loadSelection, selectionQuery } from "../kpi-selection";

const positive = (max: number) =>
  decimalField.refine((v) => v !== undefined && v > 0 && v <= max, { error: "positiveNumber" });

export const getWhatIf = defineRoute({
  method: "GET",
  path: "/what-if",
  summary: "Reverse funnel: the effort a daily appointment target takes, and the chance to reach it",
  permission: "entries.read.any",
  query: z.object({
    appointmentsPerDay: positive(1000),
    callsPerDay: decimalField
      .refine((v) => v === undefined || (Number.isInteger(v) && v > 0 && v <= 100_000), {
        error: "wholePositive",
      })
      .optional(),
    ...selectionQuery,
  }),
  response: z.object({
    callsPerDay: z.number(),
    conversationsPerDay: z.number().nullable(),
    hoursPerDay: z.number().nullable(),
    fte: z.number().nullable(),
    plannedCallsPerDay: z.number().int(),
    probabilityOfTarget: z.number(),
    callsPerDayFor80Percent: z.number().int().nullable(),
  }),
  handler: async ({ ctx, query }) => {
    const { setup, weeks } = await loadSelection(ctx, query);
    const kpis = computeKpis({ metrics: setup.metrics, weeks, targetHalfWidth: setup.targetHalfWidth });
    try {
      return whatIfOverKpis(kpis, {
        appointmentsPerDay: query.appointmentsPerDay as number,
        plannedCallsPerDay: query.callsPerDay ?? null,
      });
    } catch (error) {
      if (error instanceof InsufficientDataError) {
        throw new ValidationError({
          selection: { key: error.reason === "noCalls" ? "noCallsInSelection" : "noAppointmentsInSelection" },
        });
      }
      throw error;
    }
  },
});
