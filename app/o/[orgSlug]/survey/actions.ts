"use server";
import { orgAction } from "@/lib/actions/define-action";
import { closeRoundDefinition, openRoundDefinition, saveAnswerDefinition } from "@/lib/survey/definitions";

export const openRoundAction = orgAction(openRoundDefinition);
export const closeRoundAction = orgAction(closeRoundDefinition);
export const saveAnswerAction = orgAction(saveAnswerDefinition);
