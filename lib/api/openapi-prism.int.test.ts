// Stoplight Prism's validation proxy between a client and the real handlers (a real HTTP
// server, either database driver): every answer of the contract, errors included, must
// match the OpenAPI document. Prism flags a mismatch in the `sl-violations` header and,
// with --errors, answers it with an error instead of passing it on.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeDb } from "@/db/test/harness";
import { buildOpenApiDocument } from "./openapi";
import { apiRouteDefinitions } from "./registry";
import { newOrgWithKey } from "./testing/api-calls";
import { type ApiServer, startApiServer } from "./testing/api-server";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function waitUntilAnswering(url: string, deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Prism did not start at ${url}`);
}

let server: ApiServer;
let prism: ChildProcess;
let prismUrl: string;
let prismLog = "";

beforeAll(async () => {
  server = await startApiServer();
  const dir = mkdtempSync(join(tmpdir(), "funnelmeter-prism-"));
  const documentFile = join(dir, "openapi.json");
  writeFileSync(documentFile, JSON.stringify(buildOpenApiDocument(apiRouteDefinitions())));
  const port = await freePort();
  prismUrl = `http://127.0.0.1:${port}`;
  prism = spawn(
    "node_modules/.bin/prism",
    [
      "proxy",
      documentFile,
      `${server.origin}/api/v1`,
      "--port",
      String(port),
      "--errors",
      "--validate-request=false",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  prism.stdout?.on("data", (chunk) => {
    prismLog += String(chunk);
  });
  prism.stderr?.on("data", (chunk) => {
    prismLog += String(chunk);
  });
  await waitUntilAnswering(`${prismUrl}/health`);
}, 90_000);

afterAll(async () => {
  prism?.kill();
  await server?.close();
});

describeDb("Prism's validation proxy accepts every answer", () => {
  it("for each route, on success and on error", async () => {
    const a = await newOrgWithKey();
    const auth = { Authorization: `Bearer ${a.key}`, "Content-Type": "application/json" };
    const through = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${prismUrl}${path}`, { ...init, headers: { ...auth, ...init.headers } });
      const text = await response.text();
      return { path, status: response.status, violations: response.headers.get("sl-violations"), text };
    };
    const created = await through("/members", {
      method: "POST",
      body: JSON.stringify({
        email: "prism@example.com",
        name: "Prism Rep",
        role: "rep",
        startedOn: "2026-09-01",
      }),
    });
    const memberId = (JSON.parse(created.text) as { id: string }).id;
    const week = JSON.stringify({ metrics: { calls: 106, conversations: 38, appointments: 9, hours: 30 } });
    const answers = [
      created,
      await through("/health", { headers: {} }),
      await through("/metrics"),
      await through("/metrics?limit=2"),
      await through("/members"),
      await through("/members?limit=1"),
      await through(`/members/${memberId}/weeks/2026-W40`, { method: "PUT", body: week }),
      await through(`/members/${memberId}/weeks/2026-W40`, {
        method: "PUT",
        body: JSON.stringify({ metrics: { calls: 5 } }),
        headers: { "If-Match": '"7"' },
      }),
      await through(`/members/${memberId}/weeks/2026-W41`, {
        method: "PUT",
        body: JSON.stringify({ notWorked: true }),
      }),
      await through(`/members/${memberId}/weeks?from=2026-W01&to=2026-W52`),
      await through(`/members/${memberId}/weeks?limit=1`),
      await through("/kpis?from=2026-W40&to=2026-W41"),
      await through(`/kpis?member=${memberId}`),
      await through("/kpis"), // a ratio without data: null value and interval
      await through("/what-if?appointmentsPerDay=3&from=2026-W40&to=2026-W40"),
      await through("/what-if?appointmentsPerDay=3&callsPerDay=40&from=2026-W40&to=2026-W40"),
      await through("/activity", {
        method: "POST",
        body: JSON.stringify({
          events: [
            { id: "p1", member: memberId, at: "2026-10-01T09:00:00Z", metric: "calls", durationSeconds: 60 },
            { id: "p2", member: "nobody@example.com", at: "2026-10-01T09:00:00Z", metric: "calls" },
            { id: "p1", member: memberId, at: "2026-10-01T09:00:00Z", metric: "calls" },
          ],
        }),
      }),
      // errors
      // (a request without any key Prism answers itself, before the server sees it)
      await through("/metrics", { headers: { Authorization: "Bearer fm_AAAAAAAA_notarealkeynotarealkey" } }),
      await through("/members?cursor=nonsense"),
      await through(`/members/${memberId}/weeks/2026-W40`, {
        method: "PUT",
        body: JSON.stringify({ metrics: { calls: 1, conversations: 2 } }),
      }),
      await through("/kpis?member=8f14e45f-ceea-467f-a0e6-8e6a3a3f0000"),
      await through("/what-if?appointmentsPerDay=3&from=2026-W01&to=2026-W02"),
      await through("/activity", { method: "POST", body: JSON.stringify({ events: [] }) }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      201, 200, 200, 200, 200, 200, 200, 412, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 422, 422, 404,
      422, 422,
    ]);
    for (const answer of answers) {
      expect(answer.violations, `${answer.path}: ${answer.text}\n${prismLog}`).toBeNull();
      expect(answer.text, answer.path).not.toContain("https://stoplight.io/prism/errors");
    }
  });
});
