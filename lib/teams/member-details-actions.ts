"use server";
import { orgAction } from "@/lib/actions/define-action";
import { correctMemberDetailsDefinition } from "./member-details-definitions";

export const correctMemberDetailsAction = orgAction(correctMemberDetailsDefinition);
