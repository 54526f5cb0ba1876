// The REST API v1 contract (../shared/API.md) over real HTTP against the production server.
import SwaggerParser from "@apidevtools/swagger-parser";
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
  expect(await health.json()).toEqual({ status: "ok" });
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  await expect(SwaggerParser.validate(doc)).resolves.toBeTruthy();
  for (const path of [
    "/metrics",
    "/members",
    "/members/{memberId}/weeks/{isoWeek}",
    "/members/{memberId}/weeks",
    "/kpis",
    "/what-if",
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
