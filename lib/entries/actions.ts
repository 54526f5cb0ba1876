"use server";
// The server actions of the weekly form, the week grid, the funnel editor and the import.
// Definitions live beside them (plain modules the integration tests run); these wrappers
// add what only Next.js can do: refresh the pages that show what changed.
import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import type { OrgContext } from "@/lib/data/tenant-tx";
import {
  addMetricDefinition,
  moveMetricDefinition,
  renameMetricDefinition,
  retireMetricDefinition,
} from "./funnel-definitions";
import { importWeeksDefinition, previewImportDefinition } from "./import-definitions";
import { saveWeekDefinition, sendReminderDefinition } from "./week-definitions";

type Handler<I> = (input: I, ctx: OrgContext) => Promise<unknown>;

/** Runs a definition's handler, then refreshes the organization's pages. */
function thenRefresh<I>(handler: Handler<I>): Handler<I> {
  return async (input, ctx) => {
    const result = await handler(input, ctx);
    revalidatePath(`/o/${ctx.org.slug}`, "layout");
    return result;
  };
}

export const saveWeek = orgAction({
  ...saveWeekDefinition,
  handler: thenRefresh(saveWeekDefinition.handler),
});
export const sendReminder = orgAction(sendReminderDefinition);
export const renameMetricAction = orgAction({
  ...renameMetricDefinition,
  handler: thenRefresh(renameMetricDefinition.handler),
});
export const addMetricAction = orgAction({
  ...addMetricDefinition,
  handler: thenRefresh(addMetricDefinition.handler),
});
export const moveMetricAction = orgAction({
  ...moveMetricDefinition,
  handler: thenRefresh(moveMetricDefinition.handler),
});
export const retireMetricAction = orgAction({
  ...retireMetricDefinition,
  handler: thenRefresh(retireMetricDefinition.handler),
});
export const previewImportAction = orgAction(previewImportDefinition);
export const importWeeksAction = orgAction({
  ...importWeeksDefinition,
  handler: thenRefresh(importWeeksDefinition.handler),
});
