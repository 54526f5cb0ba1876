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
export const changeMemberRole = orgAction(changeRoleDefinition);
export const deactivateMember = orgAction(deactivateMemberDefinition);
export const reactivateMember = orgAction(reactivateMemberDefinition);
export const leaveOrganization = orgAction(leaveOrganizationDefinition);
