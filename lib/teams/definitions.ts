import "server-only";
// The team's server actions as definitions (schema, permission, handler), testable
// without Next.js; lib/teams/actions.ts wraps each one with orgAction. The permission is
// the matrix's; the membership rules are enforced by the data layer's writes.
import { redirect } from "next/navigation";
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { inviteMember, resendInvitation, revokeInvitation } from "@/lib/teams/data/invitations";
import {
  changeMemberRole,
  deactivateMember,
  leaveOrganization,
  reactivateMember,
} from "@/lib/teams/data/team-admin";
import { changeRoleSchema, invitationIdSchema, inviteSchema, memberIdSchema } from "./schemas";

/** What the inviter sees: the link only when it could not be emailed. */
function shownLink(sent: { invitationLink: string; emailed: boolean }) {
  return sent.emailed ? {} : { link: sent.invitationLink };
}

export const inviteMemberDefinition: OrgActionDefinition<typeof inviteSchema> = {
  schema: inviteSchema,
  permission: "members.invite",
  handler: async (input, ctx) => {
    const sent = await inviteMember(ctx, input);
    return { email: sent.member.email, emailed: sent.emailed, ...shownLink(sent) };
  },
};

export const resendInvitationDefinition: OrgActionDefinition<typeof memberIdSchema> = {
  schema: memberIdSchema,
  permission: "members.invite",
  handler: async ({ memberId }, ctx) => {
    const sent = await resendInvitation(ctx, memberId);
    return { email: sent.email, emailed: sent.emailed, ...shownLink(sent) };
  },
};

export const revokeInvitationDefinition: OrgActionDefinition<typeof invitationIdSchema> = {
  schema: invitationIdSchema,
  permission: "members.invite",
  successMessage: "invitationRevoked",
  handler: async ({ invitationId }, ctx) => revokeInvitation(ctx, invitationId),
};

export const changeRoleDefinition: OrgActionDefinition<typeof changeRoleSchema> = {
  schema: changeRoleSchema,
  permission: "members.manage",
  successMessage: "roleChanged",
  handler: async ({ memberId, role }, ctx) => changeMemberRole(ctx, memberId, role),
};

/**
 * Deactivating and reactivating are one action in two directions: a manager changes one
 * member's status (the data layer applies the membership rules), each with its message.
 */
function memberStatusDefinition(
  change: typeof deactivateMember | typeof reactivateMember,
  successMessage: string,
): OrgActionDefinition<typeof memberIdSchema> {
  return {
    schema: memberIdSchema,
    permission: "members.manage",
    successMessage,
    handler: async ({ memberId }, ctx) => change(ctx, memberId),
  };
}

export const deactivateMemberDefinition = memberStatusDefinition(deactivateMember, "memberDeactivated");

export const reactivateMemberDefinition = memberStatusDefinition(reactivateMember, "memberReactivated");

const noInput = z.object({});

/**
 * Any member may leave; only the last-owner rule can stop them. Afterwards the
 * organization's pages no longer exist for them, so they go to the ones still theirs.
 */
export const leaveOrganizationDefinition: OrgActionDefinition<typeof noInput> = {
  schema: noInput,
  permission: "org.read",
  handler: async (_input, ctx) => {
    await leaveOrganization(ctx);
    redirect("/");
  },
};
