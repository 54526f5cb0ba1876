import "server-only";
// Spreadsheet import: a dry run that changes nothing, then the all-or-nothing import.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { importWeeks, previewImport } from "@/lib/entries/data/entry-import";
import { shownPlan } from "@/lib/entries/import-plan";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { checkbox } from "./form-input";

const importSchema = z.object({
  csv: z.string().min(1, { error: "csvEmpty" }),
  createMissingMembers: checkbox,
  confirmedLargeValues: checkbox,
});

function request(input: z.infer<typeof importSchema>, ctx: OrgContext) {
  const { week, weekStart } = currentWeekOf(ctx.org.timeZone);
  return { ...input, latestWeek: week, latestWeekStart: weekStart };
}

export const previewImportDefinition = {
  schema: importSchema,
  permission: "entries.write.any",
  handler: async (input, ctx) => ({ plan: shownPlan(await previewImport(ctx, request(input, ctx))) }),
} satisfies OrgActionDefinition<typeof importSchema>;

export const importWeeksDefinition = {
  schema: importSchema,
  permission: "entries.write.any",
  handler: async (input, ctx) => ({ plan: shownPlan(await importWeeks(ctx, request(input, ctx))) }),
} satisfies OrgActionDefinition<typeof importSchema>;
