import "server-only";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { loadProfitability } from "@/lib/profitability/load-profitability";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, compareIsoWeeks } from "@/lib/weeks/iso-week";
import { defineRoute } from "../define-route";
import { isoWeekSchema } from "../schemas";

const cents = (amount: number) => Math.round(amount * 100) / 100;

export const getProfitability = defineRoute({
  method: "GET",
  path: "/profitability",
  summary:
    "Per rep: cost over every employed week (pay history), value at the gross margin (won revenue, else the value model) and payback",
  permission: "costs.read",
  query: z.object({
    from: isoWeekSchema.optional().meta({ description: "Default: 12 weeks before `to`" }),
    to: isoWeekSchema.optional().meta({ description: "Default: the last complete week" }),
  }),
  response: z.object({
    from: z.string(),
    to: z.string(),
    reps: z.array(
      z.object({
        memberId: z.uuid(),
        cost: z.number(),
        costComplete: z.boolean(),
        value: z.number(),
        valueBasis: z.enum(["won", "model", "mixed"]),
        valueComplete: z
          .boolean()
          .meta({ description: "false: some weeks need a value model that is not set" }),
        valueToCost: z.number().nullable(),
        breakEvenAppointmentsPerWeek: z.number().nullable(),
        paybackTenureWeek: z.number().int().nullable(),
        weeksEmployed: z.number().int(),
        weeksWithoutHours: z.number().int(),
        weeksWithoutPay: z.number().int(),
      }),
    ),
  }),
  handler: async ({ ctx, query }) => {
    const thisWeek = currentWeekOf(ctx.org.timeZone).week;
    const to = query.to ?? addIsoWeeks(thisWeek, -1);
    const from = query.from ?? addIsoWeeks(to, -12);
    if (compareIsoWeeks(to, addIsoWeeks(thisWeek, 1)) > 0)
      throw new ValidationError({ to: { key: "weekOutOfRange" } });
    if (compareIsoWeeks(from, to) > 0) throw new ValidationError({ to: { key: "rangeBackwards" } });
    const { rows } = await loadProfitability(ctx, { fromWeek: from, toWeek: to });
    // A rep without any pay has no cost to weigh: they are left out rather than shown as free.
    const reps = rows.flatMap(({ person, money }) =>
      money
        ? [
            {
              memberId: person.id,
              cost: cents(money.cost),
              costComplete: money.costComplete,
              value: cents(money.value),
              valueBasis: money.valueBasis,
              valueComplete: money.valueComplete,
              valueToCost: money.valueToCost,
              breakEvenAppointmentsPerWeek: money.breakEvenAppointmentsPerWeek,
              paybackTenureWeek: money.paybackTenureWeek,
              weeksEmployed: money.weeksEmployed,
              weeksWithoutHours: money.weeksWithoutHours,
              weeksWithoutPay: money.weeksWithoutPay,
            },
          ]
        : [],
    );
    return { from, to, reps };
  },
});
