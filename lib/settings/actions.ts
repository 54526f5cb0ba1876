"use server";
import { orgAction } from "@/lib/actions/define-action";
import {
  createApiKeyDefinition,
  revokeApiKeyDefinition,
  setTwoFactorRequirementDefinition,
  updateOrgSettingsDefinition,
} from "./definitions";

export const updateOrgSettings = orgAction(updateOrgSettingsDefinition);
export const createApiKey = orgAction(createApiKeyDefinition);
export const revokeApiKey = orgAction(revokeApiKeyDefinition);
export const setTwoFactorRequirement = orgAction(setTwoFactorRequirementDefinition);
