"use server";
// The goals page's server action; the definition is beside it for the tests.
import { orgAction } from "@/lib/actions/define-action";
import { setGoalDefinition } from "./definitions";

export const setGoalAction = orgAction(setGoalDefinition);
