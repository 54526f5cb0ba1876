"use server";
import { orgAction } from "@/lib/actions/define-action";
import {
  createWebhookDefinition,
  deleteWebhookDefinition,
  disableWebhookDefinition,
  enableWebhookDefinition,
  resendWebhookDefinition,
} from "./definitions";

export const createWebhook = orgAction(createWebhookDefinition);
export const disableWebhook = orgAction(disableWebhookDefinition);
export const enableWebhook = orgAction(enableWebhookDefinition);
export const deleteWebhook = orgAction(deleteWebhookDefinition);
export const resendWebhook = orgAction(resendWebhookDefinition);
