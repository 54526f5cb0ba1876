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

export const inviteMember = orgAction(inviteMemberDefinition);
export const resendInvitation = orgAction(resendInvitationDefinition);
export const revokeInvitation = orgAction(revokeInvitationDefinition);
export const changeMemberRoleAction = orgAction(changeRoleDefinition);
export const deactivateMemberAction = orgAction(deactivateMemberDefinition);
export const reactivateMemberAction = orgAction(reactivateMemberDefinition);
export const leaveOrganization = orgAction(leaveOrganizationDefinition);
