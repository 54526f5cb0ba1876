"use server";
import { orgAction } from "@/lib/actions/define-action";
import { saveMemberCostDefinition } from "@/lib/dashboard/cost-definitions";

export const saveMemberCostAction = orgAction(saveMemberCostDefinition);
