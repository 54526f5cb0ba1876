import "server-only";
import { CALL_LOG_MATRIX_CASES } from "@/db/test/matrix-cases/activity";
import { FEATURE_MATRIX_CASES } from "@/db/test/matrix-cases/features";
import { GOAL_MATRIX_CASES } from "@/db/test/matrix-cases/goals";
import { MEMBER_DETAILS_MATRIX_CASES } from "@/db/test/matrix-cases/member-details";
import { OPERATIONS_MATRIX_CASES } from "@/db/test/matrix-cases/operations";
import { PAY_MATRIX_CASES } from "@/db/test/matrix-cases/profitability";
import { SETTINGS_MATRIX_CASES } from "@/db/test/matrix-cases/settings";
import { SURVEY_MATRIX_CASES } from "@/db/test/matrix-cases/survey";
import { WEBHOOK_MATRIX_CASES } from "@/db/test/matrix-cases/webhooks";
// The registry of server actions for the role x permission matrix test
// (lib/teams/action-matrix.int.test.ts). Each case names an action definition, prepares
// what it acts on in a fresh organization, and says what each kind of caller gets. By
// default the permission matrix decides: a role that has the action's permission gets
// "ok", the others "forbidden"; a member of another organization "not_found"; nobody
// signed in "unauthorized". Where a membership rule changes that, the case says so.
//
// To add a feature's actions: export an array of ActionMatrixCase from your feature
// (e.g. lib/<feature>/matrix-cases.ts) and spread it into ACTION_MATRIX below.
import type { OrgActionDefinition } from "@/lib/actions/execute";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { inviteMember, listPendingInvitations } from "@/lib/teams/data/invitations";
import { deactivateMember } from "@/lib/teams/data/team-admin";
import {
  changeRoleDefinition,
  deactivateMemberDefinition,
  inviteMemberDefinition,
  leaveOrganizationDefinition,
  reactivateMemberDefinition,
  resendInvitationDefinition,
  revokeInvitationDefinition,
} from "@/lib/teams/definitions";

export const CALLERS = ["owner", "manager", "rep", "nonMember", "anonymous"] as const;
export type Caller = (typeof CALLERS)[number];
export type ExpectedOutcome =
  | "ok"
  | "forbidden"
  | "not_found"
  | "unauthorized"
  | "conflict"
  | "validation_failed";

/** A fresh organization with one owner, one manager and one rep, each with an account. */
export interface MatrixOrg {
  slug: string;
  orgId: string;
  owner: { userId: string; memberId: string };
  manager: { userId: string; memberId: string };
  rep: { userId: string; memberId: string };
  /** Another organization: its owner is the "nonMember" caller; its member is foreign here. */
  other: { slug: string; orgId: string; ownerUserId: string; ownerMemberId: string };
  /** The owner's context, for preparing data through the data layer. */
  ownerContext: OrgContext;
  /** A unique suffix for emails and names made by the case. */
  unique: (prefix: string) => string;
  /** Adds a member with an account in the given role (e.g. a second owner). */
  addMember: (role: "owner" | "manager" | "rep") => Promise<{ userId: string; memberId: string }>;
}

/** A rep who has left (deactivated by the owner): what reactivating and erasing act on. */
export async function departedRep(org: MatrixOrg) {
  const rep = await org.addMember("rep");
  await deactivateMember(org.ownerContext, rep.memberId);
  return rep;
}

export interface ActionMatrixCase {
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: the registry holds definitions of every schema.
  definition: OrgActionDefinition<any>;
  /** Prepares the organization and returns the form input (strings, as a form sends them). */
  input: (org: MatrixOrg) => Promise<Record<string, string>>;
  /** Outcomes that differ from what the permission matrix alone decides. */
  expected?: Partial<Record<Caller, ExpectedOutcome>>;
  /** false for a dry run: even an allowed call stores nothing. */
  changes?: false;
}

async function pendingInvitation(org: MatrixOrg) {
  const { member } = await inviteMember(org.ownerContext, {
    email: `${org.unique("invitee")}@example.test`,
    name: "Invitee",
    role: "rep",
    startedOn: "2026-11-23",
  });
  return member;
}

const TEAM_CASES: ActionMatrixCase[] = [
  {
    name: "invite a rep",
    definition: inviteMemberDefinition,
    input: async (org) => ({
      email: `${org.unique("new")}@example.test`,
      name: "New Rep",
      role: "rep",
      startedOn: "2026-11-23",
    }),
  },
  {
    name: "invite an owner (above a manager's own role)",
    definition: inviteMemberDefinition,
    input: async (org) => ({
      email: `${org.unique("new")}@example.test`,
      name: "New Owner",
      role: "owner",
      startedOn: "2026-11-23",
    }),
    expected: { manager: "validation_failed" },
  },
  {
    name: "invite someone who is already a member",
    definition: inviteMemberDefinition,
    input: async (org) => ({
      email: org.ownerContext.member?.email ?? "",
      name: "Again",
      role: "rep",
      startedOn: "2026-11-23",
    }),
    expected: { owner: "validation_failed", manager: "validation_failed" },
  },
  {
    name: "send an invitation again",
    definition: resendInvitationDefinition,
    input: async (org) => ({ memberId: (await pendingInvitation(org)).id }),
  },
  {
    name: "revoke an invitation",
    definition: revokeInvitationDefinition,
    input: async (org) => {
      const member = await pendingInvitation(org);
      const invitation = (await listPendingInvitations(org.ownerContext)).find(
        (i) => i.memberId === member.id,
      );
      return { invitationId: invitation?.id ?? "" };
    },
  },
  {
    name: "make a rep a manager",
    definition: changeRoleDefinition,
    input: async (org) => ({ memberId: (await org.addMember("rep")).memberId, role: "manager" }),
  },
  {
    name: "make a rep an owner (above a manager's own role)",
    definition: changeRoleDefinition,
    input: async (org) => ({ memberId: (await org.addMember("rep")).memberId, role: "owner" }),
    expected: { manager: "validation_failed" },
  },
  {
    name: "demote one of two owners",
    definition: changeRoleDefinition,
    input: async (org) => ({ memberId: (await org.addMember("owner")).memberId, role: "manager" }),
    expected: { manager: "forbidden" },
  },
  {
    name: "demote the last owner",
    definition: changeRoleDefinition,
    input: async (org) => ({ memberId: org.owner.memberId, role: "manager" }),
    expected: { owner: "conflict", manager: "forbidden" },
  },
  {
    name: "change the role of a member of another organization",
    definition: changeRoleDefinition,
    input: async (org) => ({ memberId: org.other.ownerMemberId, role: "manager" }),
    expected: { owner: "not_found", manager: "not_found" },
  },
  {
    name: "deactivate a member of another organization",
    definition: deactivateMemberDefinition,
    input: async (org) => ({ memberId: org.other.ownerMemberId }),
    expected: { owner: "not_found", manager: "not_found" },
  },
  {
    name: "deactivate a rep",
    definition: deactivateMemberDefinition,
    input: async (org) => ({ memberId: (await org.addMember("rep")).memberId }),
  },
  {
    name: "deactivate one of two owners",
    definition: deactivateMemberDefinition,
    input: async (org) => ({ memberId: (await org.addMember("owner")).memberId }),
    expected: { manager: "forbidden" },
  },
  {
    name: "deactivate the last owner",
    definition: deactivateMemberDefinition,
    input: async (org) => ({ memberId: org.owner.memberId }),
    expected: { owner: "conflict", manager: "forbidden" },
  },
  {
    name: "reactivate a departed rep",
    definition: reactivateMemberDefinition,
    input: async (org) => ({ memberId: (await departedRep(org)).memberId }),
  },
  {
    name: "leave the organization",
    definition: leaveOrganizationDefinition,
    input: async () => ({}),
    // The owner is the only owner here.
    expected: { owner: "conflict" },
  },
];

export const ACTION_MATRIX: ActionMatrixCase[] = [
  ...TEAM_CASES,
  ...FEATURE_MATRIX_CASES,
  ...SURVEY_MATRIX_CASES,
  ...OPERATIONS_MATRIX_CASES,
  ...CALL_LOG_MATRIX_CASES,
  ...PAY_MATRIX_CASES,
  ...MEMBER_DETAILS_MATRIX_CASES,
  ...GOAL_MATRIX_CASES,
  ...SETTINGS_MATRIX_CASES,
  ...WEBHOOK_MATRIX_CASES,
];
