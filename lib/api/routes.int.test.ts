// The REST handlers called as Next calls them (a Request in, a Response out), against
// both database drivers. e2e/api.spec.ts covers the same contract over real HTTP.
import { and, eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { auditEvents, organizations, weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { createApiKey } from "@/lib/data/api-keys";
import { seedDemo } from "@/lib/data/demo";
import { listMembersWithActivity } from "@/lib/data/members";
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { signUpWithOrganization } from "@/lib/data/users";
import { addIsoWeeks, isoWeekOfDate } from "@/lib/kpi/iso-week";
import { todayIn } from "@/lib/weeks/calendar";
import { getKpis } from "./routes/kpis";
import { createMemberRoute, listMembersRoute } from "./routes/members";
import { getMetrics } from "./routes/metrics";
import { listWeeks, putWeek } from "./routes/weeks";
import { getWhatIf } from "./routes/what-if";

type Handler = { handle: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> };

async function call(
  route: Handler,
  url: string,
  key?: string,
  options: { method?: string; body?: unknown; params?: Record<string, string> } = {},
) {
  const request = new Request(`http://localhost/api/v1${url}`, {
    method: options.method ?? "GET",
    headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), "Content-Type": "application/json" },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await route.handle(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function newOrgWithKey() {
  const slug = unique("org");
  const { userId } = await signUpWithOrganization({
    email: `${unique("o")}@example.test`,
    name: "O",
    password: "long enough pw",
    orgName: "Org",
    orgSlug: slug,
    locale: "en",
    today: "2026-11-23",
  });
  const ctx = (await resolveMembership(userId, slug)) as OrgContext;
  return { ctx, key: (await createApiKey(ctx, { name: "test" })).key };
}

/** The demo organization with a key: its sixth week is the seed article's week. */
async function demoWithKey() {
  await seedDemo(new Date());
  const db = await testDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, "demo"));
  const ctx: OrgContext = {
    org: { id: org!.id, slug: org!.slug, name: org!.name, timeZone: org!.timeZone },
    member: null,
    role: "owner",
    userId: null,
  };
  const lastWeek = addIsoWeeks(isoWeekOfDate(todayIn("Europe/Brussels", new Date())), -1);
  return {
    ctx,
    key: (await createApiKey(ctx, { name: unique("k") })).key,
    articleWeek: addIsoWeeks(lastWeek, -2),
  };
}

afterEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
});

describeDb("REST API v1 handlers", () => {
  it("answers 401 with the JSON error contract without a valid key", async () => {
    for (const key of [undefined, "fm_nope", "fm_AAAAAAAA_notarealkeynotarealkeynotareal"]) {
      const { status, body, headers } = await call(getMetrics, "/metrics", key);
      expect(status).toBe(401);
      expect(body).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
      expect(headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("serves the funnel and the members of the key's own organization only", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const metrics = await call(getMetrics, "/metrics", a.key);
    expect(metrics.status).toBe(200);
    expect(metrics.body.metrics[1]).toEqual({
      key: "conversations",
      label: "Decision-maker conversations",
      kind: "stage",
      of: "calls",
      position: 2,
      retired: false,
    });
    const members = await call(listMembersRoute, "/members", a.key);
    const ownEmails = (await listMembersWithActivity(a.ctx)).map((m) => m.email);
    expect(members.body.members.map((m: { email: string }) => m.email)).toEqual(ownEmails);
    expect(members.body.members[0]).toMatchObject({ role: "owner", status: "active" });
    const otherEmails = (await listMembersWithActivity(b.ctx)).map((m) => m.email);
    expect(members.body.members.map((m: { email: string }) => m.email)).not.toContain(otherEmails[0]);
  });

  it("gives the seed article's week as pooled ratios with Wilson intervals", async () => {
    const demo = await demoWithKey();
    const { status, body } = await call(
      getKpis,
      `/kpis?from=${demo.articleWeek}&to=${demo.articleWeek}`,
      demo.key,
    );
    expect(status).toBe(200);
    expect(body.totals).toMatchObject({ calls: 106, conversations: 38, appointments: 9 });
    const perConversation = body.ratios.find((r: { key: string }) => r.key === "appointmentsPerConversation");
    expect(perConversation.value).toBeCloseTo(9 / 38, 10);
    expect(perConversation.ci95[0]).toBeCloseTo(0.1299, 3);
    expect(perConversation.ci95[1]).toBeCloseTo(0.3921, 3);
    expect(perConversation.enoughData).toBe(false);
    expect(body.ratios.map((r: { key: string }) => r.key)).toEqual([
      "conversationsPerCall",
      "appointmentsPerConversation",
      "appointmentsPerCall",
      "shortCallbacksPerConversation",
      "longCallbacksPerConversation",
    ]);
  });

  it("plans the effort for a daily target and says how likely it is", async () => {
    const demo = await demoWithKey();
    const week = demo.articleWeek;
    const { status, body } = await call(
      getWhatIf,
      `/what-if?appointmentsPerDay=3&from=${week}&to=${week}`,
      demo.key,
    );
    expect(status).toBe(200);
    expect(body.callsPerDay).toBeCloseTo(3 / (9 / 106), 6);
    expect(body.conversationsPerDay).toBeCloseTo(3 / (9 / 38), 6);
    expect(body.plannedCallsPerDay).toBe(36);
    expect(body.probabilityOfTarget).toBeGreaterThan(0.3);
    expect(body.probabilityOfTarget).toBeLessThan(0.7);
    expect(body.callsPerDayFor80Percent).toBeGreaterThan(36);
    expect(body.hoursPerDay).toBeCloseTo(body.callsPerDay / (106 / 30), 6);
  });

  it("answers 422 with field messages for bad queries and for a selection without data", async () => {
    const a = await newOrgWithKey();
    const bad = await call(getWhatIf, "/what-if?appointmentsPerDay=-1&from=2026-W99", a.key);
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("validation_failed");
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["appointmentsPerDay", "from"]);
    const empty = await call(getWhatIf, "/what-if?appointmentsPerDay=3", a.key);
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.selection).toMatch(/No calls/);
    const future = await call(getKpis, "/kpis?to=2099-W01", a.key);
    expect(future.status).toBe(422);
  });

  it("answers 404 for a member of another organization, a missing or malformed id alike", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const memberOfB = (await listMembersWithActivity(b.ctx))[0]!.id;
    const answers = await Promise.all(
      [memberOfB, "8f14e45f-ceea-467f-a0e6-8e6a3a3f0000", "not-a-uuid"].map((id) =>
        call(getKpis, `/kpis?member=${id}`, a.key),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(answers[0]!.body);
    }
  });

  it("rate-limits each key with 429 and Retry-After", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(getMetrics, "/metrics", a.key)).status);
    const limited = await call(getMetrics, "/metrics", a.key);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(limited.body.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call(getMetrics, "/metrics", b.key)).status).toBe(200); // per key
  });

  it("creates an invited member whose weeks can be recorded at once; PUT twice stores one week", async () => {
    const a = await newOrgWithKey();
    const created = await call(createMemberRoute, "/members", a.key, {
      method: "POST",
      body: { email: "Jan@Example.com", name: "Jan Peeters", role: "rep", startedOn: "2026-09-01" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: "jan@example.com",
      name: "Jan Peeters",
      role: "rep",
      status: "invited",
      startedOn: "2026-09-01",
    });
    const memberId = created.body.id as string;
    const week = {
      metrics: {
        calls: 106,
        conversations: 38,
        appointments: 9,
        shortCallbacks: 16,
        longCallbacks: 3,
        hours: 30,
      },
      notWorked: false,
    };
    const params = { memberId, isoWeek: "2026-W40" };
    const first = await call(putWeek, `/members/${memberId}/weeks/2026-W40`, a.key, {
      method: "PUT",
      body: week,
      params,
    });
    const second = await call(putWeek, `/members/${memberId}/weeks/2026-W40`, a.key, {
      method: "PUT",
      body: week,
      params,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ memberId, week: "2026-W40", notWorked: false, version: 1 });
    expect(first.body.metrics).toMatchObject(week.metrics);
    expect(second.body).toEqual(first.body);
    const db = await testDb();
    const rows = await db
      .select()
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, a.ctx.org.id), eq(weeklyEntries.memberId, memberId)));
    expect(rows).toHaveLength(1);
    // The change is attributed to the key in the audit log.
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.ctx.org.id), eq(auditEvents.subjectType, "weekly_entry")));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actorApiKeyId !== null)).toBe(true);

    const off = await call(putWeek, `/members/${memberId}/weeks/2026-W41`, a.key, {
      method: "PUT",
      body: { notWorked: true },
      params: { memberId, isoWeek: "2026-W41" },
    });
    expect(off.body).toMatchObject({ notWorked: true, metrics: {} });

    const listed = await call(listWeeks, `/members/${memberId}/weeks?from=2026-W01&to=2026-W52`, a.key, {
      params: { memberId },
    });
    expect(listed.body.weeks.map((w: { week: string }) => w.week)).toEqual(["2026-W40", "2026-W41"]);
  });

  it("refuses a bad week whole (422 with field paths) and stores nothing", async () => {
    const a = await newOrgWithKey();
    const created = await call(createMemberRoute, "/members", a.key, {
      method: "POST",
      body: { email: "ann@example.com", name: "Ann", role: "rep", startedOn: "2026-09-01" },
    });
    const memberId = created.body.id as string;
    const bad = await call(putWeek, `/members/${memberId}/weeks/2026-W40`, a.key, {
      method: "PUT",
      body: { metrics: { calls: 10, conversations: 12, appointments: 1.5 } },
      params: { memberId, isoWeek: "2026-W40" },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual([
      "metrics.appointments",
      "metrics.conversations",
    ]);
    for (const isoWeek of ["2026-W54", "1999-W52", "2099-W01"]) {
      const out = await call(putWeek, `/members/${memberId}/weeks/${isoWeek}`, a.key, {
        method: "PUT",
        body: { metrics: { calls: 1 } },
        params: { memberId, isoWeek },
      });
      expect(out.status, isoWeek).toBe(422);
    }
    const db = await testDb();
    expect(await db.select().from(weeklyEntries).where(eq(weeklyEntries.memberId, memberId))).toHaveLength(0);
    const duplicate = await call(createMemberRoute, "/members", a.key, {
      method: "POST",
      body: { email: "ann@example.com", name: "Ann", role: "owner", startedOn: "2026-13-01" },
    });
    expect(duplicate.status).toBe(422);
    expect(Object.keys(duplicate.body.error.fields).sort()).toEqual(["role", "startedOn"]);
  });

  it("another organization's key gets 404 on every member route and changes nothing", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const memberOfA = (await listMembersWithActivity(a.ctx))[0]!.id;
    const params = { memberId: memberOfA, isoWeek: "2026-W40" };
    const put = await call(putWeek, `/members/${memberOfA}/weeks/2026-W40`, b.key, {
      method: "PUT",
      body: { metrics: { calls: 5 } },
      params,
    });
    const list = await call(listWeeks, `/members/${memberOfA}/weeks`, b.key, {
      params: { memberId: memberOfA },
    });
    const malformed = await call(listWeeks, "/members/x/weeks", b.key, { params: { memberId: "x" } });
    for (const answer of [put, list, malformed]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe("not_found");
    }
    const db = await testDb();
    expect(await db.select().from(weeklyEntries).where(eq(weeklyEntries.memberId, memberOfA))).toHaveLength(
      0,
    );
  });
});
