import "server-only";
// The funnel editor's actions (owners only), as definitions the tests can run.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { addMetric, moveMetric, renameMetric, setMetricRetired } from "@/lib/entries/data/funnel-admin";
import { isReservedKey } from "@/lib/kpi/user-keys";

const metricKey = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,39}$/, { error: "metricKeyFormat" })
  .refine((key) => !isReservedKey(key), { error: "metricKeyReserved" });

const renameSchema = z.object({
  key: metricKey,
  label: z.string().max(60, { error: "tooLong" }).default(""),
});
export const renameMetricDefinition = {
  schema: renameSchema,
  permission: "funnel.manage",
  handler: async (input, ctx) => renameMetric(ctx, input.key, input.label),
} satisfies OrgActionDefinition<typeof renameSchema>;

const addSchema = z.object({
  key: metricKey,
  label: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  kind: z.enum(["stage", "outcome", "time"], { error: "required" }),
  of: z
    .string()
    .optional()
    .transform((of) => (of ? of : null)),
});
export const addMetricDefinition = {
  schema: addSchema,
  permission: "funnel.manage",
  handler: async (input, ctx) => addMetric(ctx, input),
} satisfies OrgActionDefinition<typeof addSchema>;

const moveSchema = z.object({ key: metricKey, direction: z.enum(["up", "down"]) });
export const moveMetricDefinition = {
  schema: moveSchema,
  permission: "funnel.manage",
  handler: async (input, ctx) => moveMetric(ctx, input.key, input.direction),
} satisfies OrgActionDefinition<typeof moveSchema>;

const retireSchema = z.object({ key: metricKey, retired: z.enum(["true", "false"]) });
export const retireMetricDefinition = {
  schema: retireSchema,
  permission: "funnel.manage",
  handler: async (input, ctx) => setMetricRetired(ctx, input.key, input.retired === "true"),
} satisfies OrgActionDefinition<typeof retireSchema>;
