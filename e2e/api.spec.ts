// The REST API v1 contract (../shared/API.md) over real HTTP against the production server.
import SwaggerParser from "@apidevtools/swagger-parser";
import { UNRECORDED_RATIO } from "../db/test/week-records";
import { api, type KeyedOrg, orgWithApiKey } from "./support/api";
import { expect, test } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

let a: KeyedOrg;
let b: KeyedOrg;

test.beforeAll(async ({ browser }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL as string;
  [a, b] = await Promise.all([orgWithApiKey(browser, baseURL), orgWithApiKey(browser, baseURL)]);
});

test("health and the OpenAPI document need no key; the document is valid OpenAPI 3.1", async ({
  request,
}) => {
  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "up", schema: { pending: 0 } });
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  await expect(SwaggerParser.validate(doc)).resolves.toBeTruthy();
  for (const path of [
    "/metrics",
    "/members",
    "/members/{memberId}/weeks/{isoWeek}",
    "/members/{memberId}/weeks",
    "/kpis",
    "/what-if",
    "/trends",
    "/forecast",
    "/benchmark",
    "/profitability",
    "/members/{memberId}/pay",
    "/health",
  ]) {
    expect(Object.keys(doc.paths)).toContain(path);
  }
});

test("401 without a key or with a wrong one, as JSON", async ({ request }) => {
  const wrongKeys: Record<string, string>[] = [
    {},
    { Authorization: "Bearer fm_AAAAAAAA_wrongwrongwrongwrongwrong" },
  ];
  for (const headers of wrongKeys) {
    const response = await request.get("/api/v1/metrics", { headers });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  }
});

test("GET /metrics and /members answer for the key's own organization", async ({ request }) => {
  const metrics = await (await api(request, a.key).get("/metrics")).json();
  expect(metrics.metrics.map((m: { key: string }) => m.key)).toEqual([
    "calls",
    "conversations",
    "appointments",
    "shortCallbacks",
    "longCallbacks",
    "hours",
    "talkMinutes",
  ]);
  const members = await (await api(request, a.key).get("/members")).json();
  expect(members.members).toEqual([expect.objectContaining({ email: a.ownerEmail, role: "owner" })]);
});

test("GET /kpis and /what-if validate and refuse foreign members with 404", async ({ request }) => {
  const kpis = await api(request, a.key).get("/kpis");
  expect(kpis.status()).toBe(200);
  expect((await kpis.json()).weeksWithData).toBe(0);

  const ownerOfB = (await (await api(request, b.key).get("/members")).json()).members[0].id;
  const foreign = await api(request, a.key).get(`/kpis?member=${ownerOfB}`);
  const missing = await api(request, a.key).get("/kpis?member=00000000-0000-4000-8000-000000000000");
  expect(foreign.status()).toBe(404);
  expect(await foreign.json()).toEqual(await missing.json());

  const noData = await api(request, a.key).get("/what-if?appointmentsPerDay=3");
  expect(noData.status()).toBe(422);
  const bad = await api(request, a.key).get("/what-if?appointmentsPerDay=abc&from=2026-W60");
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["appointmentsPerDay", "from"]);
});

test("POST /members, then PUT the same week twice: one week, 404 for another organization", async ({
  request,
}) => {
  const created = await api(request, a.key).post("/members", {
    email: "jan@example.com",
    name: "Jan Peeters",
    role: "rep",
    startedOn: "2026-09-01",
  });
  expect(created.status()).toBe(201);
  const member = await created.json();
  expect(member).toMatchObject({ email: "jan@example.com", status: "invited", role: "rep" });

  const body = {
    metrics: { calls: 106, conversations: 38, appointments: 9, shortCallbacks: 16, longCallbacks: 3 },
  };
  const first = await api(request, a.key).put(`/members/${member.id}/weeks/2026-W40`, body);
  const second = await api(request, a.key).put(`/members/${member.id}/weeks/2026-W40`, body);
  expect(first.status()).toBe(200);
  expect(await second.json()).toEqual(await first.json());
  const weeks = await (
    await api(request, a.key).get(`/members/${member.id}/weeks?from=2026-W01&to=2026-W52`)
  ).json();
  expect(weeks.weeks).toHaveLength(1);
  expect(weeks.weeks[0]).toMatchObject({ week: "2026-W40", version: 1, metrics: body.metrics });

  const invalid = await api(request, a.key).put(`/members/${member.id}/weeks/2026-W41`, {
    metrics: { calls: 5, conversations: 6 },
  });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.fields["metrics.conversations"]).toBeTruthy();

  // Organization B's key sees nothing of A's member, and cannot write to it.
  const foreignPut = await api(request, b.key).put(`/members/${member.id}/weeks/2026-W40`, {
    metrics: { calls: 1 },
  });
  const foreignGet = await api(request, b.key).get(`/members/${member.id}/weeks`);
  expect(foreignPut.status()).toBe(404);
  expect(foreignGet.status()).toBe(404);
  const after = await (await api(request, a.key).get(`/members/${member.id}/weeks`)).json();
  expect(after.weeks).toEqual(weeks.weeks);

  const kpis = await (
    await api(request, a.key).get(`/kpis?from=2026-W40&to=2026-W40&member=${member.id}`)
  ).json();
  const perConversation = kpis.ratios.find((r: { key: string }) => r.key === "appointmentsPerConversation");
  expect(perConversation.value).toBeCloseTo(9 / 38, 6);
  expect(perConversation.ci95[0]).toBeCloseTo(0.13, 2);
  expect(perConversation.ci95[1]).toBeCloseTo(0.392, 2);
});

test("GET /forecast learns from the recorded weeks, validates, and keeps to the key's organization", async ({
  request,
}) => {
  // The previous test recorded 106 calls and 9 appointments for a's new member in 2026-W40.
  const member = (await (await api(request, a.key).get("/members")).json()).members.find(
    (m: { email: string }) => m.email === "jan@example.com",
  );
  const team = await api(request, a.key).get("/forecast?from=2026-W30&to=2026-W40&weeks=2");
  expect(team.status()).toBe(200);
  const forecast = await team.json();
  expect(forecast.basis).toMatchObject({
    callsPerWeek: 106,
    callsPerWeekIsAverage: true,
    appointmentsPerCall: { numerator: 9, denominator: 106, value: 9 / 106 },
    weeksUsed: 1,
  });
  expect(forecast.weeks.map((w: { week: string }) => w.week)).toEqual(["2026-W41", "2026-W42"]);
  expect(forecast.weeks[0].p10).toBeLessThanOrEqual(forecast.weeks[0].p90);
  expect(forecast.total.expected).toBeCloseTo(2 * forecast.weeks[0].expected, 6);

  const planned = await api(request, a.key).get(`/forecast?to=2026-W40&member=${member.id}&callsPerWeek=200`);
  expect((await planned.json()).basis.callsPerWeek).toBe(200);

  const bad = await api(request, a.key).get("/forecast?weeks=14&callsPerWeek=lots");
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["callsPerWeek", "weeks"]);

  // Organization B cannot forecast A's member, and has no calls of its own to learn from.
  expect((await api(request, b.key).get(`/forecast?member=${member.id}`)).status()).toBe(404);
  expect((await api(request, b.key).get("/forecast?to=2026-W40")).status()).toBe(422);
});

test("the analytics additions over HTTP: the pooling rule, GET /trends, the what-if per week", async ({
  request,
}) => {
  const client = api(request, a.key);
  const created = await client.post("/members", {
    email: `pooling-${a.slug}@example.test`,
    name: "Pia Pooling",
    role: "rep",
    startedOn: "2026-01-05",
  });
  const memberId = (await created.json()).id as string;
  const kpisNow = await (await client.get(`/kpis?member=${memberId}`)).json();
  const to = kpisNow.to as string;
  const _before = (await (await client.get(`/kpis?member=${memberId}&from=${to}&to=${to}`)).json())
    .from as string;
  // The week before `to`: 100 calls, 30 conversations, appointments blank; `to`: 100 / 30 / 6.
  const weeks = (
    await (await client.get(`/trends?ratio=appointmentsPerCall&member=${memberId}&to=${to}`)).json()
  ).weeks as { week: string }[];
  const previousWeek = weeks.at(-2)?.week as string;
  for (const [week, metrics] of [
    [previousWeek, { calls: 100, conversations: 30 }],
    [to, { calls: 100, conversations: 30, appointments: 6 }],
  ] as const) {
    const put = await client.put(`/members/${memberId}/weeks/${week}`, { metrics, notWorked: false });
    expect(put.status()).toBe(200);
  }
  const kpis = await (await client.get(`/kpis?member=${memberId}&from=${previousWeek}&to=${to}`)).json();
  const ratio = (key: string) => kpis.ratios.find((r: { key: string }) => r.key === key);
  expect(ratio("appointmentsPerConversation")).toMatchObject({ numerator: 6, denominator: 30, weeks: 1 });
  // No week recorded long callbacks: 0 over 0, no value, never "enough data".
  expect(ratio("longCallbacksPerConversation")).toMatchObject(UNRECORDED_RATIO);

  const trends = await client.get(`/trends?ratio=appointmentsPerConversation&member=${memberId}&to=${to}`);
  expect(trends.status()).toBe(200);
  const trend = await trends.json();
  expect(trend.weeks).toHaveLength(13);
  expect(trend.change.recent).toMatchObject({ to, numerator: 6, denominator: 30 });
  expect(trend.change.direction).toBe("notEnoughData");
  expect((await client.get("/trends?ratio=nope")).status()).toBe(422);

  const perWeek = await client.get(
    `/what-if?appointmentsPerWeek=10&member=${memberId}&from=${previousWeek}&to=${to}`,
  );
  expect(perWeek.status()).toBe(200);
  const answer = await perWeek.json();
  expect(answer.callsPerWeek).toBeCloseTo((10 * 100) / 6, 9);
  expect(answer.conversationsPerWeek).toBeCloseTo((10 * 30) / 6, 9);
  expect(answer.callsNeededCi95[0]).toBeLessThan(answer.callsPerWeek);
  expect(answer.callsNeededCi95[1]).toBeGreaterThan(answer.callsPerWeek);
  expect(answer.littleData).toBe(true);
});

test("pay needs an owner key; profitability costs every employed week; the benchmark names its matched weeks", async ({
  request,
}) => {
  const jan = (await (await api(request, a.key).get("/members")).json()).members.find(
    (m: { email: string }) => m.email === "jan@example.com",
  );
  const pay = { kind: "monthly", amount: 1300, effectiveFrom: "2026-09-01" };
  const refused = await api(request, a.key).put(`/members/${jan.id}/pay`, pay);
  expect(refused.status()).toBe(403);
  const saved = await api(request, a.ownerKey).put(`/members/${jan.id}/pay`, pay);
  expect(saved.status()).toBe(200);
  expect(await saved.json()).toEqual({ memberId: jan.id, pay: [pay] });
  const bad = await api(request, a.ownerKey).put(`/members/${jan.id}/pay`, { ...pay, amount: -1 });
  expect(bad.status()).toBe(422);
  expect(Object.keys((await bad.json()).error.fields)).toEqual(["amount"]);
  expect((await api(request, b.ownerKey).put(`/members/${jan.id}/pay`, pay)).status()).toBe(404);

  // Started on Tuesday 2026-09-01 (W36); only W40 was recorded, yet all five weeks cost 300.
  const money = await (await api(request, a.key).get("/profitability?from=2026-W36&to=2026-W40")).json();
  expect(money.reps).toEqual([
    expect.objectContaining({
      memberId: jan.id,
      cost: 1500,
      costComplete: true,
      value: 0,
      valueBasis: "model",
      valueComplete: false,
      paybackTenureWeek: null,
      weeksEmployed: 5,
    }),
  ]);

  // Nobody else sells: no matched week, no verdict.
  const benchmark = await api(request, a.key).get(
    `/benchmark?candidate=${jan.id}&reference=team&ratio=appointmentsPerCall&tenureTo=5`,
  );
  expect(benchmark.status()).toBe(200);
  expect(await benchmark.json()).toMatchObject({
    ratio: "appointmentsPerCall",
    matchedTenureWeeks: [],
    candidate: { numerator: 0, denominator: 0, value: null, ci95: null },
    verdict: "notEnoughData",
  });
  const foreign = await api(request, b.key).get(
    `/benchmark?candidate=${jan.id}&reference=team&ratio=appointmentsPerCall`,
  );
  expect(foreign.status()).toBe(404);
});
