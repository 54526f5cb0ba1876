import "server-only";
// Invitations. A member row (status "invited") is created with the invitation, so that
// history can be recorded for them at once; the token is random, stored only as a hash,
// expires, works once and only for the invited email. Accepting is one conditional
// UPDATE on the invitation, so concurrent accepts produce exactly one membership.
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, type Locale, members, organizations, type Role, users } from "@/db/schema";
import { normaliseEmail } from "@/lib/auth/data/users";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { recordAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/pg-errors";
import { globalDb, inOrg, lookup, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUsableDate } from "@/lib/forms/calendar-date";
import { queueMail } from "@/lib/jobs/data/mail-outbox";
import { smtpConfigured } from "@/lib/mail/send-mail";
import { assertCan, canGrantRole, canManageMemberWithRole } from "@/lib/permissions";
import { invitationMail } from "@/lib/teams/emails";
import { invitationLink, invitationTtlMs } from "@/lib/teams/links";
import { hasControlCharacters } from "@/lib/teams/schemas";
import { emitWebhookEvent } from "@/lib/webhooks/data/webhooks";
import { lockMember } from "./team-admin";

export interface InviteMemberInput {
  email: string;
  name: string;
  role: Role;
  /** YYYY-MM-DD: the first day the member works in this organization. */
  startedOn: string;
}

export interface InvitedMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: "invited";
  startedOn: string;
}

export interface InvitationSent {
  member: InvitedMember;
  /** The link to accept; shown to the inviter only when it could not be emailed. */
  invitationLink: string;
  emailed: boolean;
}

interface IssuedInvitation {
  expiresAt: Date;
  link: string;
}

/**
 * Inserts a fresh invitation for a member and queues its email in the same transaction (the
 * mail job marks the invitation when its last attempt fails).
 */
async function issueInvitation(
  tx: Tx,
  ctx: OrgContext,
  member: { id: string; email: string; name: string; role: Role },
): Promise<IssuedInvitation> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + invitationTtlMs());
  const [invitation] = await tx
    .insert(invitations)
    .values({
      orgId: ctx.org.id,
      memberId: member.id,
      email: member.email,
      role: member.role,
      tokenHash: hashToken(token),
      invitedByUserId: ctx.userId,
      expiresAt,
    })
    .returning({ id: invitations.id });
  // The recipient's language where known (an existing user), else the inviter's.
  const [recipient] = await tx
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.email, member.email));
  const [inviter] = ctx.userId
    ? await tx.select({ name: users.name, locale: users.locale }).from(users).where(eq(users.id, ctx.userId))
    : [];
  const locale: Locale = recipient?.locale ?? inviter?.locale ?? "en";
  const link = await invitationLink(token);
  const mail = {
    to: member.email,
    locale,
    inviteeName: member.name,
    inviterName: inviter?.name ?? ctx.member?.name ?? null,
    orgName: ctx.org.name,
    role: member.role,
    expiresAt,
    timeZone: ctx.org.timeZone,
  };
  // The job's payload holds the link until the mail is sent (the queue deletes done jobs).
  await queueMail(invitationMail({ ...mail, link }), {
    tx,
    onFailure: { kind: "invitation", orgId: ctx.org.id, invitationId: invitation!.id },
  });
  return { expiresAt, link };
}

/**
 * The mail is queued; without SMTP it is only logged, so the inviter is shown the link to
 * pass on (emailed: false).
 */
function delivery(issued: IssuedInvitation): { invitationLink: string; emailed: boolean } {
  return { invitationLink: issued.link, emailed: smtpConfigured() };
}

/**
 * Invites a person by email with a role: creates the member (status "invited") and the
 * invitation, writes the audit event, and emails the link (or returns it to be shown when
 * no SMTP is configured). Used by the members page and by POST /api/v1/members.
 */
export async function inviteMember(ctx: OrgContext, input: InviteMemberInput): Promise<InvitationSent> {
  assertCan(ctx.role, "members.invite");
  if (!canGrantRole(ctx.role, input.role)) throw new ValidationError({ role: { key: "cannotGrantRole" } });
  if (!isUsableDate(input.startedOn)) throw new ValidationError({ startedOn: { key: "dateOutOfRange" } });
  if (hasControlCharacters(input.name)) throw new ValidationError({ name: { key: "invalidCharacters" } });
  const email = normaliseEmail(input.email);
  const { member, issued } = await inOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(members)
      .values({
        orgId: ctx.org.id,
        email,
        name: input.name,
        role: input.role,
        status: "invited",
        startedOn: input.startedOn,
      })
      .onConflictDoNothing({ target: [members.orgId, members.email] })
      .returning();
    if (!row) throw new ValidationError({ email: { key: "alreadyMember" } });
    const issued = await issueInvitation(tx, ctx, row);
    await recordAudit(tx, ctx, {
      action: "member.invited",
      subjectType: "member",
      subjectId: row.id,
      after: { email, name: row.name, role: row.role, startedOn: row.startedOn, expiresAt: issued.expiresAt },
    });
    await emitWebhookEvent(tx, ctx.org, "member.invited", {
      memberId: row.id,
      name: row.name,
      email,
      role: row.role,
      startedOn: row.startedOn,
    });
    const member: InvitedMember = {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      status: "invited",
      startedOn: row.startedOn,
    };
    return { member, issued };
  });
  return { member, ...delivery(issued) };
}

/** A member's pending invitations stop working (resend, revoke, deactivate). */
export async function revokePendingInvitationsOf(tx: Tx, ctx: OrgContext, memberId: string) {
  return tx
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(pendingInvitationsOf(ctx, memberId))
    .returning({ id: invitations.id });
}

/**
 * An invitation nobody accepted or revoked yet (it may have expired): the one definition of
 * "pending" that revoking, resending, listing, accepting and role changes all test.
 */
export function isPendingInvitation() {
  return and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
}

/** A member's pending invitations in the context's organization. */
export function pendingInvitationsOf(ctx: OrgContext, memberId: string) {
  return and(eq(invitations.orgId, ctx.org.id), eq(invitations.memberId, memberId), isPendingInvitation());
}

/**
 * A new link for a member who has not joined yet (the old one stops working: only hashes
 * are kept, so the old token cannot be sent again).
 */
export async function resendInvitation(
  ctx: OrgContext,
  memberId: string,
): Promise<{ invitationLink: string; emailed: boolean; email: string }> {
  assertCan(ctx.role, "members.invite");
  const { issued, email } = await inOrg(ctx, async (tx) => {
    const member = await lockMember(tx, ctx, memberId);
    if (!canManageMemberWithRole(ctx.role, member.role)) throw new ForbiddenError("members.manage");
    if (member.status !== "invited" || member.userId) throw new ConflictError({ key: "notInvited" });
    const revoked = await revokePendingInvitationsOf(tx, ctx, member.id);
    const issued = await issueInvitation(tx, ctx, member);
    await recordAudit(tx, ctx, {
      action: "invitation.resent",
      subjectType: "member",
      subjectId: member.id,
      before: { pendingInvitations: revoked.length },
      after: { email: member.email, role: member.role, expiresAt: issued.expiresAt },
    });
    return { issued, email: member.email };
  });
  return { email, ...delivery(issued) };
}

export async function revokeInvitation(ctx: OrgContext, invitationId: string): Promise<void> {
  assertCan(ctx.role, "members.invite");
  await inOrg(ctx, async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.id, invitationId), isPendingInvitation()))
      .for("update");
    if (!invitation) throw new NotFoundError("invitation");
    if (!canManageMemberWithRole(ctx.role, invitation.role)) throw new ForbiddenError("members.manage");
    await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.id, invitation.id)));
    await recordAudit(tx, ctx, {
      action: "invitation.revoked",
      subjectType: "member",
      subjectId: invitation.memberId,
      before: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
    });
  });
}

/** Invitations not yet accepted or revoked (expired ones too: the page offers a new link). */
export async function listPendingInvitations(ctx: OrgContext) {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        id: invitations.id,
        memberId: invitations.memberId,
        email: invitations.email,
        name: members.name,
        role: invitations.role,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
        mailFailedAt: invitations.mailFailedAt,
      })
      .from(invitations)
      .innerJoin(members, and(eq(members.orgId, invitations.orgId), eq(members.id, invitations.memberId)))
      .where(and(eq(invitations.orgId, ctx.org.id), isPendingInvitation(), eq(members.status, "invited")))
      .orderBy(asc(invitations.createdAt)),
  );
}

// --- Accepting -------------------------------------------------------------------------

export type InvitationState = "pending" | "expired" | "used" | "revoked";

export interface InvitationView {
  orgName: string;
  orgSlug: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: Date;
  state: InvitationState;
  /** Whether the invited email already has an account (then: log in, don't sign up). */
  userExists: boolean;
}

/**
 * What the invitation page shows. A global read by token hash: it precedes any
 * organization context, like log-in. null when no invitation has this token.
 */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const tokenHash = hashToken(token);
  const [row] = await lookup({ invitationTokenHash: tokenHash }, (tx) =>
    tx
      .select({ invitation: invitations, org: organizations, memberName: members.name, userId: users.id })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .innerJoin(members, and(eq(members.orgId, invitations.orgId), eq(members.id, invitations.memberId)))
      .leftJoin(users, eq(users.email, invitations.email))
      .where(eq(invitations.tokenHash, tokenHash)),
  );
  if (!row) return null;
  const { invitation, org } = row;
  return {
    orgName: org.name,
    orgSlug: org.slug,
    email: invitation.email,
    name: row.memberName,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    state: stateOf(invitation, now),
    userExists: row.userId !== null,
  };
}

function stateOf(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

const refusalFor: Record<Exclude<InvitationState, "pending">, string> = {
  used: "invitationUsed",
  revoked: "invitationRevoked",
  expired: "invitationExpired",
};

interface TokenOrg {
  org: OrgContext["org"];
  email: string;
  state: InvitationState;
}

async function orgOfToken(tokenHash: string): Promise<TokenOrg> {
  const [row] = await lookup({ invitationTokenHash: tokenHash }, (tx) =>
    tx
      .select({ org: organizations, invitation: invitations })
      .from(invitations)
      .innerJoin(organizations, eq(organizations.id, invitations.orgId))
      .where(eq(invitations.tokenHash, tokenHash)),
  );
  if (!row) throw new NotFoundError("invitation");
  const { org, invitation } = row;
  return {
    org: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    email: invitation.email,
    state: stateOf(invitation, new Date()),
  };
}

/**
 * The one conditional statement that decides who wins: the invitation is marked accepted
 * only if it is still unused, unrevoked, unexpired and for this email. Then the member is
 * linked to the user and activated, in the same transaction.
 */
async function acceptInTx(
  tx: Tx,
  org: OrgContext["org"],
  tokenHash: string,
  user: { id: string; email: string },
) {
  const [accepted] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        eq(invitations.orgId, org.id),
        eq(invitations.tokenHash, tokenHash),
        eq(invitations.email, user.email),
        isPendingInvitation(),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning();
  if (!accepted) {
    const [current] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.orgId, org.id), eq(invitations.tokenHash, tokenHash)));
    if (!current) throw new NotFoundError("invitation");
    const state = stateOf(current, new Date());
    if (state === "pending") throw new ConflictError({ key: "invitationWrongEmail" });
    throw new ConflictError({ key: refusalFor[state] });
  }
  const [member] = await tx
    .update(members)
    .set({ userId: user.id, status: "active" })
    .where(
      and(
        eq(members.orgId, org.id),
        eq(members.id, accepted.memberId),
        eq(members.status, "invited"),
        isNull(members.userId),
      ),
    )
    .returning();
  // Deactivated after the invitation was sent: the invitation no longer counts.
  if (!member) throw new ConflictError({ key: "invitationRevoked" });
  const ctx: OrgContext = {
    org,
    member: { id: member.id, role: member.role, name: member.name, email: member.email },
    role: member.role,
    userId: user.id,
  };
  await recordAudit(tx, ctx, {
    action: "invitation.accepted",
    subjectType: "member",
    subjectId: member.id,
    before: { status: "invited" },
    after: { status: "active", role: member.role, email: member.email },
  });
  await emitWebhookEvent(tx, org, "member.joined", {
    memberId: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
  });
  return { orgSlug: org.slug };
}

function alreadyMemberOnDuplicate(error: unknown): never {
  // The user already has another membership row in this organization.
  if (isUniqueViolation(error)) throw new ConflictError({ key: "alreadyMember" });
  throw error;
}

/** An existing, signed-in user accepts. Only the invited email can. */
export async function acceptInvitation(token: string, userId: string): Promise<{ orgSlug: string }> {
  const tokenHash = hashToken(token);
  const { org } = await orgOfToken(tokenHash);
  const db = await globalDb();
  const [user] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new NotFoundError("user");
  return inOrg({ org }, (tx) => acceptInTx(tx, org, tokenHash, user)).catch(alreadyMemberOnDuplicate);
}

export interface NewAccount {
  name: string;
  password: string;
  locale: Locale;
}

/**
 * Someone without an account accepts: the account (for the invited email, which they
 * cannot change) and the membership are created in one transaction, so a refused
 * invitation leaves no account behind.
 */
export async function acceptInvitationWithNewAccount(
  token: string,
  account: NewAccount,
): Promise<{ orgSlug: string; email: string }> {
  const tokenHash = hashToken(token);
  const { org, email, state } = await orgOfToken(tokenHash);
  // Say why a dead link is refused before anything else (the UPDATE below still decides).
  if (state !== "pending") throw new ConflictError({ key: refusalFor[state] });
  const passwordHash = await hashPassword(account.password);
  const result = await inOrg({ org }, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: account.name, passwordHash, locale: account.locale })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id, email: users.email });
    if (!user) throw new ConflictError({ key: "emailTakenLogIn" });
    return acceptInTx(tx, org, tokenHash, user);
  }).catch(alreadyMemberOnDuplicate);
  return { ...result, email };
}
