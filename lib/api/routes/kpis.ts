import "server-only";
import { z } from "zod";
import { loadTeamSums } from "@/lib/dashboard/data/team-sums";
import { emptyRowSums } from "@/lib/dashboard/team-view";
import { kpisFromSums } from "@/lib/kpi/kpis";
import { summaryPairs } from "@/lib/kpi/pooled-sums";
import { defineRoute } from "../define-route";
import { resolveSelection, selectionQuery } from "../kpi-selection";

const ratioSchema = z.object({
  key: z.string(),
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  weeks: z
    .number()
    .int()
    .meta({ description: "Weeks pooled: those that recorded both the numerator and the denominator" }),
  enoughData: z.boolean(),
  additionalDenominatorNeeded: z.number().nullable(),
  additionalWeeksNeeded: z
    .number()
    .int()
    .nullable()
    .meta({ description: "additionalDenominatorNeeded in weeks at the pace of the weeks pooled" }),
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
    const { from, to, setup } = await resolveSelection(ctx, query);
    // Summed by the database with the engine's pooling rule (lib/dashboard/data/team-sums.ts), then the
    // engine's own summary: 156 weeks of 500 reps are one aggregate, not 78,000 rows in Node.
    const sums = await loadTeamSums(ctx, {
      metricKeys: setup.metrics.map((metric) => metric.key),
      pairs: summaryPairs(setup.metrics),
      trendPair: null,
      fromWeek: from,
      toWeek: to,
      trendWindow: 1,
      memberId: query.member,
    });
    const row = query.member ? (sums.byMember.get(query.member) ?? emptyRowSums()) : sums.total;
    const kpis = kpisFromSums(setup.metrics, row.period, setup.relativePrecision);
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
        weeks: r.weeks,
        enoughData: r.enoughData,
        additionalDenominatorNeeded: r.additionalDenominatorNeeded,
        additionalWeeksNeeded: r.additionalWeeksNeeded,
      })),
    };
  },
});
