import "server-only";
import { z } from "zod";
import { loadBenchmarkData, loadComparison } from "@/lib/benchmark/load-benchmark";
import { completeTenure, MAX_TENURE_WEEKS, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import { defineRoute } from "../define-route";

const tenureWeekField = z
  .string()
  .transform((text, ctx) => {
    const weeks = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (weeks >= 1 && weeks <= MAX_TENURE_WEEKS) return weeks;
    // "Enter a whole number from 1 to {max}": the issue carries the maximum.
    ctx.addIssue({
      code: "too_big",
      origin: "number",
      maximum: MAX_TENURE_WEEKS,
      inclusive: true,
      message: "wholeBetween",
      input: text,
    });
    return z.NEVER;
  })
  .meta({ description: `A tenure week, 1 to ${MAX_TENURE_WEEKS}` });

const interval = z.tuple([z.number(), z.number()]).nullable();
const sideSchema = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  ci95: interval,
});

export const getBenchmark = defineRoute({
  method: "GET",
  path: "/benchmark",
  summary:
    "A rep against one rep or the rest of the team on matched tenure weeks, with the Newcombe interval of the difference",
  permission: "entries.read.any",
  query: z.object({
    candidate: z.string().meta({ description: "The member id of the rep to judge" }),
    reference: z.string().meta({ description: 'A member id, or "team" for every other rep who sells' }),
    ratio: z.string().meta({ description: "A ratio key, e.g. appointmentsPerCall" }),
    tenureFrom: tenureWeekField.optional(),
    tenureTo: tenureWeekField
      .optional()
      .meta({ description: "Default: the candidate's tenure at the last complete week" }),
  }),
  response: z.object({
    ratio: z.string(),
    tenureFrom: z.number().int(),
    tenureTo: z.number().int(),
    matchedTenureWeeks: z.array(z.number().int()),
    candidate: sideSchema,
    reference: sideSchema.extend({
      reps: z.number().int(),
      designEffect: z
        .number()
        .meta({ description: "How much the variation between reps widens the interval (1: none)" }),
    }),
    difference: z.number().nullable(),
    differenceCi95: interval,
    verdict: z.enum(["ahead", "onTrack", "behind", "notEnoughData"]),
    clearlyOnTrack: z.boolean().meta({ description: "onTrack with an interval within ±10 points" }),
    weeksToVerdict: z.number().int().nullable().meta({
      description: "More matched weeks at the current pace until a verdict; null: not within two years",
    }),
  }),
  handler: async ({ ctx, query }) => {
    const data = await loadBenchmarkData(ctx);
    const { lastWeek, setup } = data;
    // Malformed, missing and foreign member ids are all simply "not found".
    const candidate = setup.members.find((m) => m.id === query.candidate);
    if (!candidate) throw new NotFoundError("member");
    if (query.reference !== TEAM_REFERENCE && !setup.members.some((m) => m.id === query.reference)) {
      throw new NotFoundError("member");
    }
    const fields: ConstructorParameters<typeof ValidationError>[0] = {};
    if (query.reference === candidate.id) fields.reference = { key: "benchmarkSamePerson" };
    if (!ratioDefinitions(setup.metrics).some((r) => r.key === query.ratio))
      fields.ratio = { key: "invalid" };
    const tenureFrom = query.tenureFrom ?? 1;
    const tenureTo = query.tenureTo ?? Math.max(tenureFrom, completeTenure(candidate.startedOn, lastWeek));
    if (tenureTo < tenureFrom) fields.tenureTo = { key: "rangeBackwards" };
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);

    const comparison = await loadComparison(ctx, data, {
      candidateId: candidate.id,
      reference: query.reference,
      ratioKey: query.ratio,
      tenureFrom,
      tenureTo,
    });
    const { ramp: _ramp, ratioKey, ...rest } = comparison;
    return { ratio: ratioKey, ...rest };
  },
});
