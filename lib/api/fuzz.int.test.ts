// Property-based fuzzing of every REST route over real HTTP (lib/api/testing/api-server.ts):
// each route gets a valid request with fields overwritten, added and dropped (NUL
// characters, huge, negative and tiny numbers, impossible dates, prototype keys, long and
// odd texts, wrong types), hostile path parameters, and whole bodies of random JSON or of
// no JSON at all. Whatever comes in: never a 5xx, every refusal is a 4xx with the JSON
// error body of the contract, and a refused write leaves every row of the organization as
// it was (a checksum before and after).
//
// Inputs: RUNS_PER_ROUTE (100) x 13 routes = 1,300 requests per driver, 2,600 per run of
// both drivers; with the forms' 3,710 per driver (lib/actions/fuzz.int.test.ts), 10,020 in
// all. FUZZ_RUNS=<n> runs n per route for a longer hunt.
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  nastyNumber,
  nastyText,
  orgChecksum,
  PROTOTYPE_KEYS,
  setOwn,
  wrongType,
} from "@/db/test/fuzz-values";
import { describeDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { createApiKey } from "@/lib/api/data/api-keys";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { API_ROUTES } from "./registry";
import { errorSchema } from "./schemas";
import { type ApiServer, startApiServer } from "./testing/api-server";

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 100);

interface BaseRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

interface Fixture {
  orgId: string;
  key: string;
  repId: string;
}

/** A request each route answers with 2xx: the fuzzing starts from here. */
function baseRequest(method: string, path: string, f: Fixture): BaseRequest {
  const range = { from: "2026-W30", to: "2026-W47" };
  const routes: Record<string, BaseRequest> = {
    "GET /metrics": { query: { limit: "5" } },
    "GET /members": { query: { limit: "5" } },
    "POST /members": {
      body: { email: "new@example.test", name: "New Rep", role: "rep", startedOn: "2026-09-01" },
    },
    "PUT /members/{memberId}/weeks/{isoWeek}": {
      params: { memberId: f.repId, isoWeek: "2026-W40" },
      body: { metrics: { calls: 40, conversations: 12, appointments: 3 }, notWorked: false },
    },
    "GET /members/{memberId}/weeks": { params: { memberId: f.repId }, query: range },
    "GET /kpis": { query: { ...range, member: f.repId } },
    "GET /what-if": { query: { appointmentsPerDay: "3", callsPerDay: "40", ...range } },
    "GET /trends": { query: { ratio: "appointmentsPerCall", to: "2026-W47", member: f.repId } },
    "GET /forecast": { query: { weeks: "4", callsPerWeek: "200", member: f.repId } },
    "POST /activity": {
      body: {
        events: [{ id: "e-1", member: f.repId, at: "2026-11-20T10:00:00Z", metric: "calls", count: 1 }],
      },
    },
    "GET /benchmark": { query: { candidate: f.repId, reference: "team", ratio: "appointmentsPerCall" } },
    "GET /profitability": { query: range },
    "PUT /members/{memberId}/pay": {
      params: { memberId: f.repId },
      body: { kind: "hourly", amount: 25, effectiveFrom: "2026-01-05" },
    },
  };
  const base = routes[`${method} ${path}`];
  if (!base) throw new Error(`No base request for ${method} ${path}: add one`);
  return base;
}

/** Overwrites, adds and drops keys of a record (strings only: a query or path). */
function mutatedStrings(base: Record<string, string>) {
  const keys = Object.keys(base);
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(keys.length > 0 ? keys : ["x"])) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, "limit", "cursor") },
  );
  return fc
    .record({
      edits: fc.array(fc.tuple(key, nastyText), { minLength: 1, maxLength: 3 }),
      dropped: fc.subarray(keys, { maxLength: Math.min(1, keys.length) }),
    })
    .map(({ edits, dropped }) => {
      const out = Object.fromEntries(Object.entries(base).filter(([k]) => !dropped.includes(k)));
      for (const [k, v] of edits) out[k] = v;
      return out;
    });
}

const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyText },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A JSON body with a field (top level or one level down) overwritten, added or dropped. */
function mutatedBody(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const mutate = (record: Record<string, unknown>) => {
    const keys = Object.keys(record);
    const key = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...keys) },
      { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
    return fc
      .record({
        edits: fc.array(fc.tuple(key, anyJsonValue), { minLength: 1, maxLength: 3 }),
        dropped: fc.subarray(keys, { maxLength: Math.min(1, keys.length) }),
      })
      .map(({ edits, dropped }) => {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(record)) if (!dropped.includes(k)) setOwn(out, k, v);
        for (const [k, v] of edits) setOwn(out, k, v);
        return out;
      });
  };
  const nested = Object.entries(base).flatMap(([field, value]) => {
    const inner = Array.isArray(value) ? value[0] : value;
    if (inner === null || typeof inner !== "object") return [];
    return [
      mutate(inner as Record<string, unknown>).map((changed) => ({
        ...base,
        [field]: Array.isArray(value) ? [changed] : changed,
      })),
    ];
  });
  return fc.oneof(mutate(base), ...nested);
}

/** The wire form of a request: a path, a query string, a body text (JSON or not). */
interface WireRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body?: string;
  ifMatch?: string;
}

function requests(base: BaseRequest, hasBody: boolean): fc.Arbitrary<WireRequest> {
  const params = base.params ?? {};
  const query = base.query ?? {};
  const json = base.body === undefined ? undefined : JSON.stringify(base.body);
  const options: fc.Arbitrary<WireRequest>[] = [];
  if (Object.keys(params).length > 0)
    options.push(mutatedStrings(params).map((p) => ({ params: p, query, body: json })));
  options.push(mutatedStrings(query).map((q) => ({ params, query: q, body: json })));
  if (hasBody && base.body) {
    options.push(
      mutatedBody(base.body).map((b) => ({ params, query, body: JSON.stringify(b) })),
      mutatedBody(base.body).map((b) => ({ params, query, body: JSON.stringify(b) })),
      fc.jsonValue().map((b) => ({ params, query, body: JSON.stringify(b) })),
      fc.string({ unit: "binary", maxLength: 60 }).map((text) => ({ params, query, body: text })),
      fc
        .constantFrom('"abc"', '"-1"', '"99999999999"', 'W/"1"', "*", "", '"1.5"', "1")
        .map((ifMatch) => ({ params, query, body: json, ifMatch })),
    );
  }
  return fc.oneof(...options);
}

function url(origin: string, template: string, request: WireRequest) {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    // An empty segment would be another route; a space stands in for it.
    encodeURIComponent((request.params[name] ?? "").toWellFormed() || " "),
  );
  const search = new URLSearchParams(request.query).toString();
  return `${origin}/api/v1${path}${search ? `?${search}` : ""}`;
}

let server: ApiServer;
let fixture: Fixture;
let sent = 0;
const rateLimit = process.env.API_RATE_LIMIT_PER_MINUTE;

beforeAll(async () => {
  // Thousands of requests a minute on one key: the rate limit is tested elsewhere.
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";
  server = await startApiServer();
});
afterAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = rateLimit;
  await server?.close();
});

describeDb("fuzzing every API route over HTTP", () => {
  beforeAll(async () => {
    const org = await newOrg({ today: "2026-01-05" });
    const rep = await addMember(org);
    // Recorded weeks, so the reads get past "no data" into the engine.
    for (let i = 0; i < 8; i++) {
      await upsertWeek(org.ctx, {
        memberId: rep.memberId,
        weekStart: mondayDateOfIsoWeek(addIsoWeeks("2026-W46", -i)),
        values: { calls: 40 + i, conversations: 12, appointments: 3, hours: 30 },
        notWorked: false,
      });
    }
    const { key } = await createApiKey(org.ctx, { name: "fuzz", role: "owner" });
    fixture = { orgId: org.ctx.org.id, key, repId: rep.memberId };
  });

  it.each(API_ROUTES.map((r) => [`${r.definition.method} ${r.definition.path}`, r.definition] as const))(
    "%s: never a 5xx, every refusal a JSON 4xx, nothing stored by one",
    async (_name, definition) => {
      const base = baseRequest(definition.method, definition.path, fixture);
      const writes = definition.method !== "GET";
      // What is stored before each request: the checksum after the one before it.
      let stored = writes ? await orgChecksum(fixture.orgId) : "";
      await fc.assert(
        fc.asyncProperty(requests(base, writes), async (request) => {
          const before = stored;
          const response = await fetch(url(server.origin, definition.path, request), {
            method: definition.method,
            headers: {
              Authorization: `Bearer ${fixture.key}`,
              "Content-Type": "application/json",
              ...(request.ifMatch !== undefined ? { "If-Match": request.ifMatch } : {}),
            },
            body: writes ? request.body : undefined,
          });
          sent++;
          const text = await response.text();
          if (writes) stored = await orgChecksum(fixture.orgId);
          expect(response.status, text).toBeLessThan(500);
          if (response.status < 400) {
            // A batch whose every event was refused stores nothing either.
            const accepted = (JSON.parse(text) as { accepted?: unknown[] }).accepted;
            if (accepted?.length === 0)
              expect(stored, "a batch of refused events stored something").toBe(before);
            return;
          }
          expect(response.headers.get("content-type")).toMatch(/^application\/json/);
          expect(errorSchema.safeParse(JSON.parse(text)).success, text).toBe(true);
          if (writes) expect(stored, "a refused write stored something").toBe(before);
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
    },
    // A route is a hundred requests through the database, on a machine that may be busy.
    300_000,
  );

  it("sent the number of inputs the header states", () => {
    expect(sent).toBeGreaterThanOrEqual(RUNS_PER_ROUTE * API_ROUTES.length);
  });
});
