"use server";
import { orgAction } from "@/lib/actions/define-action";
import { saveLaggingResultDefinition } from "@/lib/dashboard/results-definitions";

export const saveLaggingResultAction = orgAction(saveLaggingResultDefinition);
