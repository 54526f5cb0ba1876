"use server";
import { orgAction } from "@/lib/actions/define-action";
import { eraseMemberDefinition } from "./definitions";

export const eraseMember = orgAction(eraseMemberDefinition);
