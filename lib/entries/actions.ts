"use server";
// The server actions of the weekly form, the week grid, the funnel editor and the import.
// Definitions live beside them (plain modules the integration tests run); the builder
// refreshes the organization's pages after every successful change.
import { orgAction } from "@/lib/actions/define-action";
import {
  addMetricDefinition,
  moveMetricDefinition,
  renameMetricDefinition,
  retireMetricDefinition,
} from "./funnel-definitions";
import { importWeeksDefinition, previewImportDefinition } from "./import-definitions";
import { deleteWeekDefinition, saveWeekDefinition, sendReminderDefinition } from "./week-definitions";

export const saveWeek = orgAction(saveWeekDefinition);
export const deleteWeekAction = orgAction(deleteWeekDefinition);
export const sendReminder = orgAction(sendReminderDefinition);
export const renameMetricAction = orgAction(renameMetricDefinition);
export const addMetricAction = orgAction(addMetricDefinition);
export const moveMetricAction = orgAction(moveMetricDefinition);
export const retireMetricAction = orgAction(retireMetricDefinition);
export const previewImportAction = orgAction(previewImportDefinition);
export const importWeeksAction = orgAction(importWeeksDefinition);
