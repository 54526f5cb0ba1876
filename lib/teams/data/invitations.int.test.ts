import { and, eq, sql } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { auditEvents, invitations, members, users } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { addActiveMember, memberRow, newUser, tokenOf } from "@/db/test/members";
import { newOrg } from "@/db/test/orgs";
import { hashToken } from "@/lib/auth/tokens";
import { resolveMembership } from "@/lib/data/memberships";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  acceptInvitation,
  acceptInvitationWithNewAccount,
  findInvitation,
  inviteMember,
  listPendingInvitations,
  resendInvitation,
  revokeInvitation,
} from "./invitations";
import { deactivateMember } from "./team-admin";

const invite = (email: string, role: "owner" | "manager" | "rep" = "rep") => ({
  email,
  name: "Invitee",
  role,
  startedOn: "2026-11-23",
});

async function expire(token: string) {
  const db = await testDb();
  await db
    .update(invitations)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(invitations.tokenHash, hashToken(token)));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.INVITATION_TTL_DAYS;
});

describeDb("invitations", () => {
  it("stores only a hash of a random token, and without SMTP shows the link instead of logging it at once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const email = `${unique("Lotte")}@Example.test`;
    const sent = await inviteMember(ctx, invite(email));
    expect(sent.emailed).toBe(false);
    expect(sent.member).toMatchObject({ email: email.toLowerCase(), status: "invited", role: "rep" });
    const token = tokenOf(sent.invitationLink);
    expect(sent.invitationLink).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/); // 256 bits, base64url
    const db = await testDb();
    const [row] = await db.select().from(invitations).where(eq(invitations.memberId, sent.member.id));
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const logged = [...warn.mock.calls, ...log.mock.calls, ...error.mock.calls].map((c) => c.join(" "));
    // The mail is a queued job (lib/jobs/mail-queue.int.test.ts): nothing is sent or logged inline.
    expect(logged.filter((line) => line.includes(token))).toHaveLength(0);
    // The audit event records the invitation, never the token.
    const events = await db.select().from(auditEvents).where(eq(auditEvents.orgId, ctx.org.id));
    expect(events.map((e) => e.action)).toContain("member.invited");
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it("expires after 7 days by default, or INVITATION_TTL_DAYS", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const days = async () => {
      const sent = await inviteMember(ctx, invite(`${unique("x")}@example.test`));
      const view = await findInvitation(tokenOf(sent.invitationLink));
      return Math.round((view!.expiresAt.getTime() - Date.now()) / 86_400_000);
    };
    expect(await days()).toBe(7);
    process.env.INVITATION_TTL_DAYS = "2";
    expect(await days()).toBe(2);
  });

  it("an email that is already a member's is a field error and nothing is stored", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx, owner } = await newOrg();
    await expect(inviteMember(ctx, invite(owner.email.toUpperCase()))).rejects.toEqual(
      new ValidationError({ email: { key: "alreadyMember" } }),
    );
    const db = await testDb();
    expect(await db.select().from(invitations).where(eq(invitations.orgId, ctx.org.id))).toHaveLength(0);
  });

  it("nobody invites above their own role, and reps do not invite", async () => {
    const { ctx } = await newOrg();
    const manager = await addActiveMember(ctx, "manager");
    await expect(inviteMember(manager.ctx, invite(`${unique("x")}@example.test`, "owner"))).rejects.toEqual(
      new ValidationError({ role: { key: "cannotGrantRole" } }),
    );
    const rep = await addActiveMember(ctx, "rep");
    await expect(inviteMember(rep.ctx, invite(`${unique("x")}@example.test`))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("an existing user joins with their account; the link then no longer works", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const user = await newUser("Existing");
    const sent = await inviteMember(ctx, invite(user.email, "manager"));
    const token = tokenOf(sent.invitationLink);
    expect(await findInvitation(token)).toMatchObject({
      state: "pending",
      userExists: true,
      role: "manager",
    });
    expect(await resolveMembership(user.id, ctx.org.slug)).toBeNull();
    expect(await acceptInvitation(token, user.id)).toEqual({ orgSlug: ctx.org.slug });
    expect((await resolveMembership(user.id, ctx.org.slug))?.role).toBe("manager");
    expect(await memberRow(ctx.org.id, sent.member.id)).toMatchObject({ userId: user.id, status: "active" });
    await expect(acceptInvitation(token, user.id)).rejects.toEqual(
      new ConflictError({ key: "invitationUsed" }),
    );
    expect((await findInvitation(token))?.state).toBe("used");
  });

  it("only the invited email can accept; a wrong account leaves the invitation usable", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const invited = await newUser("Invited");
    const intruder = await newUser("Intruder");
    const token = tokenOf((await inviteMember(ctx, invite(invited.email))).invitationLink);
    await expect(acceptInvitation(token, intruder.id)).rejects.toEqual(
      new ConflictError({ key: "invitationWrongEmail" }),
    );
    expect(await resolveMembership(intruder.id, ctx.org.slug)).toBeNull();
    await acceptInvitation(token, invited.id);
    expect(await resolveMembership(invited.id, ctx.org.slug)).not.toBeNull();
  });

  it("expired, revoked and unknown links are refused and create nothing", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const user = await newUser("Late");
    const expired = await inviteMember(ctx, invite(user.email));
    await expire(tokenOf(expired.invitationLink));
    expect((await findInvitation(tokenOf(expired.invitationLink)))?.state).toBe("expired");
    await expect(acceptInvitation(tokenOf(expired.invitationLink), user.id)).rejects.toEqual(
      new ConflictError({ key: "invitationExpired" }),
    );
    const other = await newUser("Revoked");
    const revoked = await inviteMember(ctx, invite(other.email));
    const [pending] = (await listPendingInvitations(ctx)).filter((i) => i.memberId === revoked.member.id);
    await revokeInvitation(ctx, pending!.id);
    await expect(acceptInvitation(tokenOf(revoked.invitationLink), other.id)).rejects.toEqual(
      new ConflictError({ key: "invitationRevoked" }),
    );
    await expect(acceptInvitation("x".repeat(43), user.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await findInvitation("x".repeat(43))).toBeNull();
    expect(await resolveMembership(user.id, ctx.org.slug)).toBeNull();
    expect(await resolveMembership(other.id, ctx.org.slug)).toBeNull();
  });

  it("a new person creates their account for the invited email and joins in one go", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const email = `${unique("newbie")}@example.test`;
    const token = tokenOf((await inviteMember(ctx, invite(email))).invitationLink);
    expect((await findInvitation(token))?.userExists).toBe(false);
    const joined = await acceptInvitationWithNewAccount(token, {
      name: "Newbie",
      password: "a long enough password",
      locale: "nl",
    });
    expect(joined).toEqual({ orgSlug: ctx.org.slug, email });
    const db = await testDb();
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: "Newbie", locale: "nl" });
    expect((await resolveMembership(user!.id, ctx.org.slug))?.role).toBe("rep");
    // Once used, the link creates nothing more.
    await expect(
      acceptInvitationWithNewAccount(token, {
        name: "Again",
        password: "a long enough password",
        locale: "en",
      }),
    ).rejects.toEqual(new ConflictError({ key: "invitationUsed" }));
  });

  it("a refused new-account acceptance leaves no account behind", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const email = `${unique("late")}@example.test`;
    const token = tokenOf((await inviteMember(ctx, invite(email))).invitationLink);
    await expire(token);
    await expect(
      acceptInvitationWithNewAccount(token, {
        name: "Late",
        password: "a long enough password",
        locale: "en",
      }),
    ).rejects.toEqual(new ConflictError({ key: "invitationExpired" }));
    const db = await testDb();
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    // An email that already has an account must log in instead.
    const existing = await newUser("Has account");
    const token2 = tokenOf((await inviteMember(ctx, invite(existing.email))).invitationLink);
    await expect(
      acceptInvitationWithNewAccount(token2, { name: "X", password: "a long enough password", locale: "en" }),
    ).rejects.toEqual(new ConflictError({ key: "emailTakenLogIn" }));
    expect((await findInvitation(token2))?.state).toBe("pending");
  });

  it("ten concurrent accepts of one invitation create exactly one membership", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const user = await newUser("Racer");
    const sent = await inviteMember(ctx, invite(user.email));
    const token = tokenOf(sent.invitationLink);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => acceptInvitation(token, user.id)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refusals).toHaveLength(9);
    for (const r of refusals) expect(r.reason).toEqual(new ConflictError({ key: "invitationUsed" }));
    const db = await testDb();
    const joined = await db
      .select()
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.userId, user.id)));
    expect(joined).toHaveLength(1);
    const accepted = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, ctx.org.id), eq(auditEvents.action, "invitation.accepted")));
    expect(accepted).toHaveLength(1);
  });

  it("ten concurrent sign-ups through one invitation create one account and one membership", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const email = `${unique("racer")}@example.test`;
    const token = tokenOf((await inviteMember(ctx, invite(email))).invitationLink);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        acceptInvitationWithNewAccount(token, {
          name: `Racer ${i}`,
          password: "a long enough password",
          locale: "en",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const db = await testDb();
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    const active = await db
      .select()
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), eq(members.email, email), eq(members.status, "active")));
    expect(active).toHaveLength(1);
  });

  it("sending again replaces the link; deactivating the member voids it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { ctx } = await newOrg();
    const user = await newUser("Resent");
    const first = await inviteMember(ctx, invite(user.email));
    const second = await resendInvitation(ctx, first.member.id);
    expect(tokenOf(second.invitationLink)).not.toBe(tokenOf(first.invitationLink));
    await expect(acceptInvitation(tokenOf(first.invitationLink), user.id)).rejects.toEqual(
      new ConflictError({ key: "invitationRevoked" }),
    );
    expect(await listPendingInvitations(ctx)).toHaveLength(1);
    await deactivateMember(ctx, first.member.id);
    expect(await listPendingInvitations(ctx)).toHaveLength(0);
    await expect(acceptInvitation(tokenOf(second.invitationLink), user.id)).rejects.toEqual(
      new ConflictError({ key: "invitationRevoked" }),
    );
    expect(await resolveMembership(user.id, ctx.org.slug)).toBeNull();
  });

  it("another organization's invitations cannot be resent or revoked", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const a = await newOrg();
    const b = await newOrg();
    const sent = await inviteMember(a.ctx, invite(`${unique("x")}@example.test`));
    const [pending] = await listPendingInvitations(a.ctx);
    await expect(resendInvitation(b.ctx, sent.member.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(b.ctx, pending!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listPendingInvitations(b.ctx)).toHaveLength(0);
    expect((await findInvitation(tokenOf(sent.invitationLink)))?.state).toBe("pending");
  });
});
