// The README's API examples, run as an integrator would: a client typed by openapi-typescript
// from the OpenAPI document, calling through openapi-fetch over real HTTP. A change of the
// document that breaks these calls fails the type check or this test.
import createClient from "openapi-fetch";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { SEED_WEEK_BODY } from "@/db/test/week-records";
import type { paths } from "./client/api-types";
import { newOrgWithKey } from "./testing/api-calls";
import { type ApiServer, startApiServer } from "./testing/api-server";

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server?.close());

describeDb("the README's API examples through the generated client", () => {
  it("health, funnel, members, a new rep, a week written twice, its weeks, KPIs and what-if", async () => {
    const org = await newOrgWithKey();
    const client = createClient<paths>({
      baseUrl: `${server.origin}/api/v1`,
      headers: { Authorization: `Bearer ${org.key}` },
    });

    expect((await client.GET("/health")).data).toEqual({ status: "ok" });
    const funnel = await client.GET("/metrics");
    expect(funnel.data?.metrics.map((m) => m.key)).toContain("appointments");
    const members = await client.GET("/members");
    expect(members.data?.members).toHaveLength(1);

    const rep = await client.POST("/members", {
      body: { email: "jan@example.com", name: "Jan Peeters", role: "rep", startedOn: "2026-09-01" },
    });
    expect(rep.response.status).toBe(201);
    const memberId = rep.data?.id as string;

    const week = SEED_WEEK_BODY;
    const path = { memberId, isoWeek: "2026-W47" };
    const first = await client.PUT("/members/{memberId}/weeks/{isoWeek}", { params: { path }, body: week });
    const again = await client.PUT("/members/{memberId}/weeks/{isoWeek}", { params: { path }, body: week });
    expect(again.data).toEqual(first.data); // idempotent: one week stored
    expect(first.response.headers.get("etag")).toBe('"1"');
    const conditional = await client.PUT("/members/{memberId}/weeks/{isoWeek}", {
      params: { path, header: { "If-Match": '"1"' } },
      body: { ...week, metrics: { ...week.metrics, calls: 110 } },
    });
    expect(conditional.data?.version).toBe(2);

    const weeks = await client.GET("/members/{memberId}/weeks", {
      params: { path: { memberId }, query: { from: "2026-W01", to: "2026-W52" } },
    });
    expect(weeks.data?.weeks.map((w) => w.week)).toEqual(["2026-W47"]);

    const kpis = await client.GET("/kpis", { params: { query: { from: "2026-W30", to: "2026-W48" } } });
    expect(kpis.data?.totals).toMatchObject({ calls: 110, conversations: 38, appointments: 9 });
    const perCall = kpis.data?.ratios.find((r) => r.key === "appointmentsPerCall");
    expect(perCall?.value).toBeCloseTo(9 / 110, 10);
    expect(perCall?.ci95).toHaveLength(2);

    const whatIf = await client.GET("/what-if", {
      params: { query: { appointmentsPerDay: "3", callsPerDay: "40", from: "2026-W30", to: "2026-W48" } },
    });
    // A per-day question gets the per-day answer of the union (per week has its own fields).
    const perDay = whatIf.data && "callsPerDay" in whatIf.data ? whatIf.data : null;
    expect(perDay?.plannedCallsPerDay).toBe(40);
    expect(perDay?.callsPerDay).toBeCloseTo(3 / (9 / 110), 6);

    const refused = await client.GET("/kpis", { params: { query: { member: "not-a-member" } } });
    expect(refused.response.status).toBe(404);
    expect(refused.error?.error.code).toBe("not_found");
  });
});
