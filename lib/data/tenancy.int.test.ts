import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, metrics, organizations, users, weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { addActiveMember } from "@/db/test/members";
import { newOrg } from "@/db/test/orgs";
import { findSessionUser, startSession } from "@/lib/auth/data/sessions";
import { signUpWithOrganization } from "@/lib/auth/data/users";
import { listMetrics } from "@/lib/entries/data/funnel";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { ValidationError } from "@/lib/errors";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { listMembersWithActivity, orgProgress } from "@/lib/teams/data/members";
import { listOrganizationsOf, resolveMembership } from "./memberships";
import { rowsOf } from "./sql-rows";
import { inOrg } from "./tenant-tx";

async function signUp(overrides: Partial<Parameters<typeof signUpWithOrganization>[0]> = {}) {
  const slug = unique("org");
  const input = {
    email: `${unique("owner")}@example.test`,
    name: "Owner",
    password: "correct horse battery",
    orgName: `Org ${slug}`,
    orgSlug: slug,
    locale: "en" as const,
    today: "2026-11-23",
    ...overrides,
  };
  const result = await signUpWithOrganization(input);
  return { ...input, ...result };
}

describeDb("tenancy in the data layer", () => {
  it("sign-up creates the user, the organization, its default funnel and the owner in one go", async () => {
    const a = await signUp({ email: `${unique("Mixed")}@Example.TEST` });
    const db = await testDb();
    const [user] = await db.select().from(users).where(eq(users.id, a.userId));
    expect(user?.email).toBe(a.email.toLowerCase());
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const ctx = await resolveMembership(a.userId, a.orgSlug);
    expect(ctx?.role).toBe("owner");
    const funnel = await listMetrics(ctx!);
    expect(funnel.map((m) => m.key)).toEqual(DEFAULT_METRICS.map((m) => m.key));
  });

  it("a taken slug is a field error and stores nothing, not even the user", async () => {
    const a = await signUp();
    const email = `${unique("second")}@example.test`;
    await expect(signUp({ email, orgSlug: a.orgSlug })).rejects.toEqual(
      new ValidationError({ slug: { key: "slugTaken" } }),
    );
    const db = await testDb();
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it("a taken email is a field error", async () => {
    const a = await signUp();
    await expect(signUp({ email: a.email })).rejects.toBeInstanceOf(ValidationError);
  });

  it("resolves a membership only for active members of that very organization", async () => {
    const a = await signUp();
    const b = await signUp();
    expect(await resolveMembership(a.userId, a.orgSlug)).not.toBeNull();
    expect(await resolveMembership(a.userId, b.orgSlug)).toBeNull();
    expect(await resolveMembership(a.userId, "no-such-org")).toBeNull();

    const db = await testDb();
    await db.update(members).set({ status: "deactivated" }).where(eq(members.userId, a.userId));
    expect(await resolveMembership(a.userId, a.orgSlug)).toBeNull();
    expect(await listOrganizationsOf(a.userId)).toEqual([]);
  });

  it("lists only the organization's own members", async () => {
    const a = await signUp();
    const b = await signUp();
    const ctxA = (await resolveMembership(a.userId, a.orgSlug))!;
    const list = await listMembersWithActivity(ctxA);
    expect(list.map((m) => m.email)).toEqual([a.email]);
    expect(list.map((m) => m.email)).not.toContain(b.email);
  });

  it("the getting-started counts are the organization's own, the viewer's apart", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const rep = await addActiveMember(a.ctx, "rep");
    const week = (ctx: typeof a.ctx, memberId: string, weekStart: string) =>
      upsertWeek(ctx, { memberId, weekStart, values: { calls: 10 }, notWorked: false });
    await week(a.ctx, rep.member.id, "2026-11-02");
    await week(a.ctx, rep.member.id, "2026-11-09");
    await week(b.ctx, b.ctx.member!.id, "2026-11-02");
    expect(await orgProgress(a.ctx)).toEqual({
      othersInvited: true,
      anyWeekLogged: true,
      ownWeekLogged: false,
    });
    expect(await orgProgress(rep.ctx)).toEqual({
      othersInvited: true,
      anyWeekLogged: true,
      ownWeekLogged: true,
    });
    expect(await orgProgress(b.ctx)).toEqual({
      othersInvited: false,
      anyWeekLogged: true,
      ownWeekLogged: true,
    });
    // A new organization beside them: nothing yet.
    const c = await newOrg();
    expect(await orgProgress(c.ctx)).toEqual({
      othersInvited: false,
      anyWeekLogged: false,
      ownWeekLogged: false,
    });
  });

  it("sets the organization context inside every tenant transaction", async () => {
    const a = await signUp();
    const ctx = (await resolveMembership(a.userId, a.orgSlug))!;
    const setting = await inOrg(ctx, async (tx) => {
      const result = await tx.execute(sql`select current_setting('app.org_id', true) as org`);
      return rowsOf<{ org: string }>(result)[0]?.org;
    });
    expect(setting).toBe(ctx.org.id);
  });

  it("the schema refuses a week that points at another organization's member", async () => {
    const a = await signUp();
    const b = await signUp();
    const db = await testDb();
    const [memberOfB] = await db
      .select()
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.orgId))
      .where(eq(organizations.slug, b.orgSlug));
    const [orgA] = await db.select().from(organizations).where(eq(organizations.slug, a.orgSlug));
    await expect(
      db.insert(weeklyEntries).values({
        orgId: orgA!.id,
        memberId: memberOfB!.members.id,
        weekStart: "2026-11-16",
        values: { calls: 1 },
      }),
    ).rejects.toThrow();
    // and a funnel stage cannot hang under another organization's metric
    await expect(
      db
        .insert(metrics)
        .values({ orgId: orgA!.id, key: "emails", kind: "stage", ofKey: "nope", position: 9 }),
    ).rejects.toThrow();
  });

  it("refuses a week that does not start on a Monday", async () => {
    const a = await signUp();
    const db = await testDb();
    const ctx = (await resolveMembership(a.userId, a.orgSlug))!;
    await expect(
      db.insert(weeklyEntries).values({
        orgId: ctx.org.id,
        memberId: ctx.member!.id,
        weekStart: "2026-11-17",
        values: {},
      }),
    ).rejects.toThrow();
  });

  it("a session with an outdated epoch (password changed since) is refused", async () => {
    const a = await signUp();
    const sessionId = await startSession(a.userId);
    expect(await findSessionUser(a.userId, 0, sessionId)).not.toBeNull();
    const db = await testDb();
    await db
      .update(users)
      .set({ sessionEpoch: 1 })
      .where(and(eq(users.id, a.userId)));
    expect(await findSessionUser(a.userId, 0, sessionId)).toBeNull();
    expect(await findSessionUser(a.userId, 1, sessionId)).not.toBeNull();
  });
});
