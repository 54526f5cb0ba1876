"use server";
import { orgAction } from "@/lib/actions/define-action";
import {
  changeRoleDefinition,
  deactivateMemberDefinition,
  inviteMemberDefinition,
  leaveOrganizationDefinition,
  reactivateMemberDefinition,
  resendInvitationDefinition,
  revokeInvitationDefinition,
} from "./definitions";

export const inviteMemberAction = orgAction(inviteMemberDefinition);
export const resendInvitationAction = orgAction(resendInvitationDefinition);
export const revokeInvitationAction = orgAction(revokeInvitationDefinition);
export const changeMemberRoleAction = orgAction(changeRoleDefinition);
export const deactivateMemberAction = orgAction(deactivateMemberDefinition);
export const reactivateMemberAction = orgAction(reactivateMemberDefinition);
export const leaveOrganizationAction = orgAction(leaveOrganizationDefinition);
