import "server-only";
import { z } from "zod";
import { computeKpis } from "@/lib/kpi/kpis";
import { defineRoute } from "../define-route";
import { loadSelection, selectionQuery } from "../kpi-selection";

const ratioSchema = z.object({
  key: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  enoughData: z.boolean(),
  additionalDenominatorNeeded: z.number().nullable(),
});

export const getKpis = defineRoute({
  method: "GET",
  path: "/kpis",
  summary: "Pooled ratios with 95% Wilson intervals for a range of weeks, the team or one member",
  permission: "entries.read.any",
  query: z.object(selectionQuery),
  response: z.object({
    from: z.string(),
    to: z.string(),
    weeksWithData: z.number().int(),
    totals: z.record(z.string(), z.number()),
    ratios: z.array(ratioSchema),
  }),
  handler: async ({ ctx, query }) => {
    const { from, to, setup, weeks } = await loadSelection(ctx, query);
    const kpis = computeKpis({ metrics: setup.metrics, weeks, targetHalfWidth: setup.targetHalfWidth });
    return {
      from,
      to,
      weeksWithData: kpis.weeksWithData,
      totals: kpis.totals,
      ratios: kpis.ratios.map((r) => ({
        key: r.key,
        numerator: r.numerator,
        denominator: r.denominator,
        value: r.value,
        ci95: r.ci95,
        enoughData: r.enoughData,
        additionalDenominatorNeeded: r.additionalDenominatorNeeded,
      })),
    };
  },
});
