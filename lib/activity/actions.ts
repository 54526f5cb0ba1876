"use server";
// The call-log import's server actions (definitions in call-log-definitions.ts).
import { orgAction } from "@/lib/actions/define-action";
import { importCallLogDefinition, saveCallLogMappingDefinition } from "./call-log-definitions";

export const saveCallLogMappingAction = orgAction(saveCallLogMappingDefinition);
export const importCallLogAction = orgAction(importCallLogDefinition);
