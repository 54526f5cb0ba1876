import "server-only";
// GET /trends: one ratio week by week over a quarter, how the last 4 weeks moved against the
// 4 before (the same engine function as the team and rep pages), and the unusual weeks.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { ratioTrend, TREND_CHART_WEEKS } from "@/lib/kpi/ratio-trend";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import { addIsoWeeks } from "@/lib/weeks/iso-week";
import { defineRoute } from "../define-route";
import { currentIsoWeek, loadSelection, selectionQuery } from "../kpi-selection";

const windowSchema = z.object({
  from: z.string(),
  to: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
});

export const getTrends = defineRoute({
  method: "GET",
  path: "/trends",
  summary:
    "One ratio week by week (13 weeks ending at `to`), the last 4 weeks against the 4 before with the Newcombe interval of the difference, and the weeks outside control limits",
  permission: "entries.read.any",
  query: z.object({
    ratio: z
      .string()
      .min(1, { error: "required" })
      .meta({ description: "A ratio key, e.g. appointmentsPerConversation" }),
    to: selectionQuery.to.meta({ description: "Default: the current week" }),
    member: selectionQuery.member,
  }),
  response: z.object({
    ratio: z.string(),
    weeks: z.array(
      z.object({
        week: z.string(),
        numerator: z.number(),
        denominator: z.number(),
        value: z.number().nullable(),
      }),
    ),
    change: z.object({
      recent: windowSchema,
      previous: windowSchema,
      difference: z.number().nullable(),
      ci95: z.tuple([z.number(), z.number()]).nullable(),
      direction: z.enum(["up", "down", "noClearChange", "notEnoughData"]),
    }),
    unusualWeeks: z.array(z.string()),
  }),
  handler: async ({ ctx, query }) => {
    const to = query.to ?? currentIsoWeek(ctx);
    const { setup, weeks } = await loadSelection(ctx, {
      from: addIsoWeeks(to, -(TREND_CHART_WEEKS - 1)),
      to,
      member: query.member,
    });
    const ratio = ratioDefinitions(setup.metrics).find((definition) => definition.key === query.ratio);
    if (!ratio) throw new ValidationError({ ratio: { key: "unknownRatio" } });
    const trend = ratioTrend({ metrics: setup.metrics, weeks, ratio, toWeek: to });
    return {
      ratio: trend.ratio,
      weeks: trend.weeks.map(({ week, numerator, denominator, value }) => ({
        week,
        numerator,
        denominator,
        value,
      })),
      change: trend.change,
      unusualWeeks: trend.unusualWeeks,
    };
  },
});
