import "server-only";
// The call-log import's actions: an owner saves the column mapping once; managers and
// owners import exports with it. lib/activity/actions.ts wraps these for the page.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { importCallLog, saveCallLogMapping } from "@/lib/activity/data/call-log";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { callLogMappingSchema } from "./call-log";

export const saveCallLogMappingDefinition = {
  schema: callLogMappingSchema,
  permission: "settings.manage",
  successMessage: "saved",
  handler: async (input, ctx) => ({ mapping: await saveCallLogMapping(ctx, input) }),
} satisfies OrgActionDefinition<typeof callLogMappingSchema>;

const importSchema = z.object({ csv: z.string().min(1, { error: "csvEmpty" }) });

export const importCallLogDefinition = {
  schema: importSchema,
  permission: "entries.write.any",
  // Calls count up to the current week: a log holds what happened.
  handler: async (input, ctx) => ({
    result: await importCallLog(ctx, input.csv, currentWeekOf(ctx.org.timeZone).weekStart),
  }),
} satisfies OrgActionDefinition<typeof importSchema>;
