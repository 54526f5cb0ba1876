"use server";
import { orgAction } from "@/lib/actions/define-action";
import { removePayChangeDefinition, savePayChangeDefinition } from "@/lib/profitability/pay-definitions";

export const savePayChangeAction = orgAction(savePayChangeDefinition);
export const removePayChangeAction = orgAction(removePayChangeDefinition);
