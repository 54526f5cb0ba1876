"use server";
import { orgAction } from "@/lib/actions/define-action";
import {
  createApiKeyDefinition,
  revokeApiKeyDefinition,
  setTwoFactorRequirementDefinition,
  updateOrgSettingsDefinition,
} from "./definitions";

export const updateOrgSettingsAction = orgAction(updateOrgSettingsDefinition);
export const createApiKeyAction = orgAction(createApiKeyDefinition);
export const revokeApiKeyAction = orgAction(revokeApiKeyDefinition);
export const setTwoFactorRequirementAction = orgAction(setTwoFactorRequirementDefinition);
