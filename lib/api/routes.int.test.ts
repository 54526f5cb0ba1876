// The REST handlers called as Next calls them (a Request in, a Response out), against
// both database drivers. e2e/api.spec.ts covers the same contract over real HTTP.
import { and, eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { auditEvents, members, organizations, weeklyEntries } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { SEED_WEEK_BODY, UNRECORDED_RATIO } from "@/db/test/week-records";
import { seedDemo } from "@/lib/admin/data/demo";
import { createApiKey } from "@/lib/api/data/api-keys";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { computeKpis } from "@/lib/kpi/kpis";
import { newcombeDifferenceInterval } from "@/lib/kpi/wilson";
import { listPayHistories } from "@/lib/profitability/data/member-pay";
import { listMembersWithActivity } from "@/lib/teams/data/members";
import { todayIn } from "@/lib/weeks/calendar";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { getBenchmark } from "./routes/benchmark";
import { getForecast } from "./routes/forecast";
import { getKpis } from "./routes/kpis";
import { createMemberRoute, listMembersRoute } from "./routes/members";
import { getMetrics } from "./routes/metrics";
import { putMemberPay } from "./routes/pay";
import { getProfitability } from "./routes/profitability";
import { getTrends } from "./routes/trends";
import { listWeeks, putWeek } from "./routes/weeks";
import { getWhatIf } from "./routes/what-if";
import { call, newOrgWithKey } from "./testing/api-calls";

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

  it("sums in the database what the engine pools from the records: the team and each member", async () => {
    const demo = await demoWithKey();
    const setup = await loadKpiSetup(demo.ctx);
    const from = addIsoWeeks(demo.articleWeek, -20);
    const to = addIsoWeeks(demo.articleWeek, 2);
    const range = { fromWeekStart: mondayDateOfIsoWeek(from), toWeekStart: mondayDateOfIsoWeek(to) };
    const records = await loadWeekRecords(demo.ctx, range);
    const scopes = [undefined, ...setup.members.map((m) => m.id)];
    for (const member of scopes) {
      const { status, body } = await call(
        getKpis,
        `/kpis?from=${from}&to=${to}${member ? `&member=${member}` : ""}`,
        demo.key,
      );
      expect(status).toBe(200);
      const engine = computeKpis({
        metrics: setup.metrics,
        weeks: member ? records.filter((r) => r.memberId === member) : records,
        relativePrecision: setup.relativePrecision,
      });
      expect(body.weeksWithData).toBe(engine.weeksWithData);
      expect(body.totals).toEqual(engine.totals);
      for (const ratio of engine.ratios) {
        const answered = body.ratios.find((r: { key: string }) => r.key === ratio.key);
        expect(answered).toMatchObject({
          numerator: ratio.numerator,
          denominator: ratio.denominator,
          weeks: ratio.weeks,
          enoughData: ratio.enoughData,
          additionalWeeksNeeded: ratio.additionalWeeksNeeded,
        });
        if (ratio.value === null) expect(answered.value).toBeNull();
        else expect(answered.value).toBeCloseTo(ratio.value, 12);
      }
    }
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
    // A third decimal would be rounded away by the chance's whole appointments: refused.
    const precise = await call(getWhatIf, "/what-if?appointmentsPerDay=7.777", a.key);
    expect(precise.status).toBe(422);
    expect(precise.body.error.fields).toEqual({ appointmentsPerDay: "Use at most 2 decimals." });
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
    const week = SEED_WEEK_BODY;
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

  it("forecasts the demo team's appointments with an 80% band, at the recent average or a plan", async () => {
    const demo = await demoWithKey();
    const thisWeek = isoWeekOfDate(todayIn("Europe/Brussels", new Date()));
    const { status, body } = await call(getForecast, "/forecast", demo.key);
    expect(status).toBe(200);
    // Eight demo weeks: 996 calls, 55 appointments; the last four averaged (118+106+100+96)/4.
    expect(body.basis).toMatchObject({
      callsPerWeek: 105,
      callsPerWeekIsAverage: true,
      appointmentsPerCall: { numerator: 55, denominator: 996, value: 55 / 996 },
      weeksUsed: 8,
      expectedLongRun: null,
    });
    expect(body.weeks.map((w: { week: string }) => w.week)).toEqual(
      [1, 2, 3, 4].map((i) => addIsoWeeks(thisWeek, i)),
    );
    const [first] = body.weeks;
    expect(first.expected).toBeCloseTo(105 * body.basis.rateUsed, 9);
    expect(first.p10).toBeLessThanOrEqual(first.expected);
    expect(first.p90).toBeGreaterThanOrEqual(first.expected);
    expect(body.total.expected).toBeCloseTo(4 * first.expected, 9);
    expect(body.total.p90 - body.total.p10).toBeGreaterThan(first.p90 - first.p10);
    expect(Number.isInteger(body.total.p10) && Number.isInteger(body.total.p90)).toBe(true);

    const lotte = (await listMembersWithActivity(demo.ctx)).find((m) => m.name === "Lotte Peeters")!;
    const planned = await call(getForecast, `/forecast?member=${lotte.id}&weeks=2&callsPerWeek=40`, demo.key);
    expect(planned.status).toBe(200);
    expect(planned.body.basis).toMatchObject({ callsPerWeek: 40, callsPerWeekIsAverage: false });
    expect(planned.body.basis.appointmentsPerCall.denominator).toBeLessThan(996);
    expect(planned.body.basis.expectedLongRun.teamShare).toBeGreaterThan(0);
    expect(planned.body.weeks).toHaveLength(2);
  });

  it("answers 422 naming each bad forecast field, and for a selection without calls", async () => {
    const a = await newOrgWithKey();
    const bad = await call(getForecast, "/forecast?weeks=2.5&callsPerWeek=-3&from=2026-W99", a.key);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({
      weeks: "Enter a whole number from 1 to 13.",
      callsPerWeek: "Enter a number above 0 and at most 100,000.",
      from: expect.any(String),
    });
    const zero = await call(getForecast, "/forecast?weeks=0&callsPerWeek=abc", a.key);
    expect(Object.keys(zero.body.error.fields).sort()).toEqual(["callsPerWeek", "weeks"]);
    const empty = await call(getForecast, "/forecast", a.key);
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.selection).toMatch(/No calls/);
  });

  it("forecasts only the key's own organization: another organization's member is 404", async () => {
    const demo = await demoWithKey();
    const a = await newOrgWithKey();
    const demoRep = (await listMembersWithActivity(demo.ctx)).find((m) => m.name === "Lotte Peeters")!;
    const foreign = await call(getForecast, `/forecast?member=${demoRep.id}`, a.key);
    expect(foreign.status).toBe(404);
    // The demo's weeks are not a's: a has no calls to learn from.
    expect((await call(getForecast, "/forecast", a.key)).status).toBe(422);
  });
});

// The additions for the analytics work (API.md, "Additions for the analytics and forecasting
// work"): the pooling rule, GET /trends, the what-if per week.
describeDb("REST API v1: honest numbers", () => {
  /** A fresh organization with one rep whose weeks (ISO week -> metrics) are recorded over the API. */
  async function repWithWeeks(weeks: Record<string, Record<string, number>>) {
    const org = await newOrgWithKey();
    const created = await call(createMemberRoute, "/members", org.key, {
      method: "POST",
      body: { email: `${unique("rep")}@example.test`, name: "Rep", role: "rep", startedOn: "2025-01-06" },
    });
    const memberId = created.body.id as string;
    for (const [week, metrics] of Object.entries(weeks)) {
      const put = await call(putWeek, `/members/${memberId}/weeks/${week}`, org.key, {
        method: "PUT",
        body: { metrics, notWorked: false },
        params: { memberId, isoWeek: week },
      });
      expect(put.status).toBe(200);
    }
    return { ...org, memberId };
  }
  const thisWeek = () => isoWeekOfDate(todayIn("Europe/Brussels", new Date()));

  it("pools a ratio only over the weeks that recorded both parts; never recorded reads null over 0 weeks", async () => {
    const w2 = addIsoWeeks(thisWeek(), -1);
    const w1 = addIsoWeeks(w2, -1);
    const rep = await repWithWeeks({
      [w1]: { calls: 100, conversations: 30 },
      [w2]: { calls: 100, conversations: 30, appointments: 6 },
    });
    const { status, body } = await call(getKpis, `/kpis?member=${rep.memberId}&from=${w1}&to=${w2}`, rep.key);
    expect(status).toBe(200);
    const ratio = (key: string) => body.ratios.find((r: { key: string }) => r.key === key);
    expect(ratio("appointmentsPerConversation")).toMatchObject({ numerator: 6, denominator: 30, weeks: 1 });
    expect(ratio("appointmentsPerConversation").value).toBeCloseTo(0.2, 12);
    expect(ratio("appointmentsPerCall")).toMatchObject({
      numerator: 6,
      denominator: 100,
      weeks: 1,
      enoughData: false,
    });
    expect(ratio("conversationsPerCall")).toMatchObject({ numerator: 60, denominator: 200, weeks: 2 });
    expect(ratio("shortCallbacksPerConversation")).toMatchObject(UNRECORDED_RATIO);
    expect(body.totals).toMatchObject({ calls: 200, conversations: 60, appointments: 6 });
  });

  it("gives a ratio's trend: 13 weeks, the last 4 against the 4 before, and the unusual weeks", async () => {
    const to = addIsoWeeks(thisWeek(), -1);
    const weeks: Record<string, Record<string, number>> = {};
    for (let back = 12; back >= 0; back--) {
      const week = addIsoWeeks(to, -back);
      // 10 of 40 a week, 20 of 40 in each of the last 4 weeks; week 10 back is an outlier.
      weeks[week] = { calls: 120, conversations: 40, appointments: back < 4 ? 20 : back === 10 ? 28 : 10 };
    }
    const rep = await repWithWeeks(weeks);
    const { status, body } = await call(
      getTrends,
      `/trends?ratio=appointmentsPerConversation&member=${rep.memberId}&to=${to}`,
      rep.key,
    );
    expect(status).toBe(200);
    expect(body.ratio).toBe("appointmentsPerConversation");
    expect(body.weeks).toHaveLength(13);
    expect(body.weeks[0]).toEqual({
      week: addIsoWeeks(to, -12),
      numerator: 10,
      denominator: 40,
      value: 0.25,
    });
    expect(body.change.recent).toEqual({
      from: addIsoWeeks(to, -3),
      to,
      numerator: 80,
      denominator: 160,
      value: 0.5,
    });
    expect(body.change.previous).toMatchObject({
      from: addIsoWeeks(to, -7),
      to: addIsoWeeks(to, -4),
      denominator: 160,
    });
    expect(body.change.difference).toBeCloseTo(0.25, 12);
    expect(body.change.ci95[0]).toBeGreaterThan(0);
    expect(body.change.direction).toBe("up");
    expect(body.unusualWeeks).toContain(addIsoWeeks(to, -10));

    // `to` defaults to the current week (not recorded here: its value is null).
    const byDefault = await call(
      getTrends,
      `/trends?ratio=appointmentsPerConversation&member=${rep.memberId}`,
      rep.key,
    );
    expect(byDefault.status).toBe(200);
    expect(byDefault.body.weeks.at(-1)).toEqual({
      week: thisWeek(),
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it("says 'not enough data' for a trend on few conversations, and 422 / 404 on a bad ratio or member", async () => {
    const to = addIsoWeeks(thisWeek(), -1);
    const rep = await repWithWeeks({ [to]: { calls: 20, conversations: 5, appointments: 2 } });
    const few = await call(getTrends, `/trends?ratio=appointmentsPerConversation&to=${to}`, rep.key);
    expect(few.status).toBe(200);
    expect(few.body.change.direction).toBe("notEnoughData");
    expect(few.body.change.previous).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(few.body.change.difference).toBeNull();

    const unknown = await call(getTrends, "/trends?ratio=pigeonsPerCall", rep.key);
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.error.fields)).toEqual(["ratio"]);
    const missing = await call(getTrends, "/trends", rep.key);
    expect(missing.status).toBe(422);
    const other = await newOrgWithKey();
    const foreign = await call(
      getTrends,
      `/trends?ratio=appointmentsPerCall&member=${rep.memberId}`,
      other.key,
    );
    expect(foreign.status).toBe(404);
    const noKey = await call(getTrends, "/trends?ratio=appointmentsPerCall");
    expect(noKey.status).toBe(401);
  });

  it("plans per week as well as per day, with the calls range at the rate's interval and littleData", async () => {
    const demo = await demoWithKey();
    const week = demo.articleWeek;
    const daily = await call(getWhatIf, `/what-if?appointmentsPerDay=3&from=${week}&to=${week}`, demo.key);
    const weekly = await call(getWhatIf, `/what-if?appointmentsPerWeek=15&from=${week}&to=${week}`, demo.key);
    expect(daily.status).toBe(200);
    expect(weekly.status).toBe(200);
    expect(weekly.body.callsPerWeek).toBeCloseTo(5 * daily.body.callsPerDay, 9);
    expect(weekly.body.conversationsPerWeek).toBeCloseTo(5 * daily.body.conversationsPerDay, 9);
    expect(weekly.body.hoursPerWeek).toBeCloseTo(5 * daily.body.hoursPerDay, 9);
    expect(weekly.body.plannedCallsPerWeek).toBe(Math.ceil(15 / (9 / 106)));
    expect(weekly.body.callsPerWeekFor80Percent).toBeGreaterThan(weekly.body.plannedCallsPerWeek);
    expect(weekly.body).not.toHaveProperty("callsPerDay");
    // 9 of 106: Beta(10, 98) from 4.57% to 15.37% (scipy), so 3 a day takes 19.5 to 65.6 calls.
    expect(daily.body.callsNeededCi95[0]).toBeCloseTo(3 / 0.15367206789956414, 6);
    expect(daily.body.callsNeededCi95[1]).toBeCloseTo(3 / 0.04573196245411535, 6);
    expect(daily.body.littleData).toBe(true);
    expect(weekly.body.callsNeededCi95[1]).toBeCloseTo(5 * daily.body.callsNeededCi95[1], 6);

    // 2.5 a day is at least 5 in two days, a different answer from 3 a day.
    const half = await call(
      getWhatIf,
      `/what-if?appointmentsPerDay=2.5&callsPerDay=36&from=${week}&to=${week}`,
      demo.key,
    );
    expect(half.body.targetHorizon).toEqual({ periods: 2, appointmentsAtLeast: 5 });
    expect(half.body.probabilityOfTarget).not.toBeCloseTo(daily.body.probabilityOfTarget, 3);

    const both = await call(getWhatIf, "/what-if?appointmentsPerDay=3&appointmentsPerWeek=15", demo.key);
    expect(both.status).toBe(422);
    const mixed = await call(getWhatIf, "/what-if?appointmentsPerWeek=15&callsPerDay=40", demo.key);
    expect(mixed.status).toBe(422);
    expect(Object.keys(mixed.body.error.fields)).toEqual(["callsPerDay"]);
    const none = await call(getWhatIf, "/what-if", demo.key);
    expect(none.status).toBe(422);
  });
});

/** An active member who started on `startedOn`, with [calls, appointments] per tenure week (null: no record). */
async function seller(
  ctx: OrgContext,
  name: string,
  startedOn: string,
  weeks: ReadonlyArray<readonly [number, number] | null>,
  status: "active" | "invited" = "active",
) {
  const db = await testDb();
  const [member] = await db
    .insert(members)
    .values({
      orgId: ctx.org.id,
      email: `${unique(name.toLowerCase())}@example.test`,
      name,
      role: "rep",
      status,
      startedOn,
    })
    .returning();
  const startWeek = isoWeekOfDate(startedOn);
  const rows = weeks.flatMap((week, index) =>
    week
      ? [
          {
            orgId: ctx.org.id,
            memberId: member!.id,
            weekStart: mondayDateOfIsoWeek(addIsoWeeks(startWeek, index)),
            values: { calls: week[0], conversations: week[0], appointments: week[1] },
          },
        ]
      : [],
  );
  if (rows.length > 0) await db.insert(weeklyEntries).values(rows);
  return member!.id;
}

const RAMP = [
  [100, 5],
  [100, 8],
  [100, 10],
  [100, 12],
] as const;

describeDb("REST API v1: benchmark, profitability and pay", () => {
  it("benchmarks on matched tenure weeks only: an identical ramp is not behind a reference who improved later", async () => {
    const a = await newOrgWithKey();
    const first = await seller(a.ctx, "Ann", "2026-01-05", [
      ...RAMP,
      [100, 25],
      [100, 25],
      [100, 30],
      [100, 30],
    ]);
    const hire = await seller(a.ctx, "Bob", "2026-06-01", RAMP);
    const { status, body } = await call(
      getBenchmark,
      `/benchmark?candidate=${hire}&reference=${first}&ratio=appointmentsPerCall&tenureTo=8`,
      a.key,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ratio: "appointmentsPerCall",
      matchedTenureWeeks: [1, 2, 3, 4],
      candidate: { numerator: 35, denominator: 400, value: 35 / 400 },
      reference: { numerator: 35, denominator: 400, value: 35 / 400, reps: 1, designEffect: 1 },
      difference: 0,
      verdict: "onTrack",
      clearlyOnTrack: true,
      weeksToVerdict: 0,
    });
    expect(body.differenceCi95[0]).toBeCloseTo(-0.0398, 4);
    expect(body.differenceCi95[1]).toBeCloseTo(0.0398, 4);
  });

  it("against the team: other sellers on their own tenure weeks, skipping people who do not sell, with a wider interval where reps differ", async () => {
    const a = await newOrgWithKey(); // its owner logs nothing
    const hire = await seller(a.ctx, "Bob", "2026-06-01", RAMP);
    await seller(a.ctx, "Ann", "2026-01-05", RAMP);
    await seller(a.ctx, "Cas", "2025-09-01", [
      [100, 30],
      [100, 30],
      [100, 30],
      [100, 30],
    ]);
    await seller(a.ctx, "Ivy", "2026-05-04", [[100, 90]], "invited");
    const team = await call(
      getBenchmark,
      `/benchmark?candidate=${hire}&reference=team&ratio=appointmentsPerCall&tenureTo=4`,
      a.key,
    );
    expect(team.status).toBe(200);
    expect(team.body.reference).toMatchObject({ numerator: 155, denominator: 800, reps: 2 });
    expect(team.body.reference.designEffect).toBeGreaterThan(10);
    // One big binomial over 800 calls would give Newcombe's interval; the reps differ, so it is wider.
    const plain = newcombeDifferenceInterval(35, 400, 155, 800) as [number, number];
    expect(team.body.differenceCi95[0]).toBeLessThan(plain[0] - 0.05);
    expect(team.body.differenceCi95[1]).toBeGreaterThan(plain[1] + 0.05);
    expect(team.body.verdict).toBe("onTrack");
    expect(team.body.clearlyOnTrack).toBe(false);
  });

  it("refuses bad benchmark questions with 422 and another organization's members with 404", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const hire = await seller(a.ctx, "Bob", "2026-06-01", RAMP);
    const foreign = await seller(b.ctx, "Zoe", "2026-06-01", RAMP);
    for (const [query, field] of [
      [`candidate=${hire}&reference=team&ratio=dealsPerCall`, "ratio"],
      [`candidate=${hire}&reference=team&ratio=appointmentsPerCall&tenureTo=0`, "tenureTo"],
      [`candidate=${hire}&reference=team&ratio=appointmentsPerCall&tenureTo=abc`, "tenureTo"],
      [`candidate=${hire}&reference=team&ratio=appointmentsPerCall&tenureFrom=5&tenureTo=2`, "tenureTo"],
      [`candidate=${hire}&reference=${hire}&ratio=appointmentsPerCall`, "reference"],
    ] as const) {
      const { status, body } = await call(getBenchmark, `/benchmark?${query}`, a.key);
      expect(status, query).toBe(422);
      expect(Object.keys(body.error.fields), query).toEqual([field]);
    }
    for (const query of [
      `candidate=${foreign}&reference=team&ratio=appointmentsPerCall`,
      `candidate=${hire}&reference=${foreign}&ratio=appointmentsPerCall`,
      `candidate=not-a-uuid&reference=team&ratio=appointmentsPerCall`,
    ]) {
      expect((await call(getBenchmark, `/benchmark?${query}`, a.key)).status, query).toBe(404);
    }
  });

  it("records pay with an owner key only, and costs a monthly salary every employed week: no payback in week 10", async () => {
    const a = await newOrgWithKey();
    const ownerKey = (await createApiKey(a.ctx, { name: "payroll", role: "owner" })).key;
    // Tenure weeks 1, 2, 9 and 10 recorded; 3 to 8 not.
    const rep = await seller(a.ctx, "Ann", "2026-01-05", [
      [50, 2],
      [50, 3],
      null,
      null,
      null,
      null,
      null,
      null,
      [50, 3],
      [50, 10],
    ]);
    const pay = { kind: "monthly", amount: 1300, effectiveFrom: "2026-01-05" };
    const refused = await call(putMemberPay, `/members/${rep}/pay`, a.key, {
      method: "PUT",
      body: pay,
      params: { memberId: rep },
    });
    expect(refused.status).toBe(403);
    const saved = await call(putMemberPay, `/members/${rep}/pay`, ownerKey, {
      method: "PUT",
      body: pay,
      params: { memberId: rep },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ memberId: rep, pay: [pay] });
    // An appointment is worth 0.5 x 0.5 x 400 = 100, at a gross margin of 50%.
    const db = await testDb();
    await db
      .update(organizations)
      .set({ showRate: 0.5, closeRate: 0.5, averageDealValue: 400, grossMargin: 0.5 })
      .where(eq(organizations.id, a.ctx.org.id));
    const { status, body } = await call(getProfitability, "/profitability?from=2026-W02&to=2026-W11", a.key);
    expect(status).toBe(200);
    expect(body.reps).toEqual([
      {
        memberId: rep,
        cost: 3000,
        costComplete: true,
        value: 900,
        valueBasis: "model",
        valueComplete: true,
        valueToCost: 0.3,
        breakEvenAppointmentsPerWeek: 6,
        paybackTenureWeek: null,
        weeksEmployed: 10,
        weeksWithoutHours: 0,
        weeksWithoutPay: 0,
      },
    ]);
  });

  it("refuses bad pay with 422 and another organization's member with 404, storing nothing", async () => {
    const a = await newOrgWithKey();
    const b = await newOrgWithKey();
    const ownerKey = (await createApiKey(a.ctx, { name: "payroll", role: "owner" })).key;
    const rep = await seller(a.ctx, "Ann", "2026-01-05", []);
    const foreign = await seller(b.ctx, "Zoe", "2026-01-05", []);
    for (const [body, field] of [
      [{ kind: "weekly", amount: 10, effectiveFrom: "2026-01-05" }, "kind"],
      [{ kind: "hourly", amount: -1, effectiveFrom: "2026-01-05" }, "amount"],
      [{ kind: "hourly", amount: "10", effectiveFrom: "2026-01-05" }, "amount"],
      [{ kind: "hourly", amount: 10, effectiveFrom: "2026-02-30" }, "effectiveFrom"],
    ] as const) {
      const refused = await call(putMemberPay, `/members/${rep}/pay`, ownerKey, {
        method: "PUT",
        body,
        params: { memberId: rep },
      });
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(refused.body.error.fields)).toEqual([field]);
    }
    const good = { kind: "hourly", amount: 10, effectiveFrom: "2026-01-05" };
    for (const memberId of [foreign, "not-a-uuid"]) {
      const missing = await call(putMemberPay, `/members/${memberId}/pay`, ownerKey, {
        method: "PUT",
        body: good,
        params: { memberId },
      });
      expect(missing.status).toBe(404);
    }
    expect((await call(getProfitability, "/profitability", ownerKey)).body.reps).toEqual([]);
    expect((await listPayHistories(b.ctx)).size).toBe(0);
  });
});
