// `npm run bench:pages`: the pages and API reads of an organization of 500 reps x 156 weeks,
// served by the production build (NEXT_DIST_DIR, default .next) on a fresh database of the
// local PostgreSQL server, timed over HTTP as ratios to a trivial page (`/account`) in the
// same loop; the team page's HTML size; throughput and server memory under 20 connections;
// the JavaScript each page loads in Chromium (gzip). Prints the figures (issue 17's targets
// beside them) and writes bench-results/pages-postgres.json (with --others N,
// pages-postgres-with-N-others.json). Figures, not pass/fail: the
// JavaScript budget fails CI in e2e/js-budget.spec.ts.
//   --reps 500 --weeks 156    the measured organization
//   --others 0                other organizations of 20 reps x 52 weeks in the same database
import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { adminDatabaseUrl, withDatabaseName } from "@/db/test/local-postgres";
import { HEAP_FLAGS } from "../../scripts/heap-limits.mjs";

const { values } = parseArgs({
  options: {
    reps: { type: "string", default: "500" },
    weeks: { type: "string", default: "156" },
    others: { type: "string", default: "0" },
    port: { type: "string", default: "3399" },
  },
});
const reps = Number(values.reps);
const weeks = Number(values.weeks);
const others = Number(values.others);
const base = `http://127.0.0.1:${values.port}`;
const OWNER = { email: "bench@bench.funnelmeter.test", password: "bench password 1" };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const TIMEOUT_MS = 60_000;

/** A request that times out counts as the timeout, with status 0: a figure, not a crash. */
async function fetchTimed(url: string, headers: Record<string, string>) {
  const start = performance.now();
  try {
    const response = await fetch(url, {
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - start, status: 0, bytes: 0 };
  }
}

function rssMb(pid: number): number {
  // The server and any worker it started.
  const pids = [pid, ...childPids(pid)];
  let kb = 0;
  for (const p of pids) {
    const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kb / 1024);
}

function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry), ...childPids(Number(entry)));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  // The production server (`npm start`), not `next start`: the same Next.js handler behind
  // the HTTP server, request log and shutdown that production runs.
  const server = spawn(process.execPath, [...HEAP_FLAGS, "scripts/start.mjs"], {
    env: { ...env, PORT: values.port, HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill("SIGTERM");
  throw new Error("the production server did not start (is there a build in NEXT_DIST_DIR?)");
}

async function logIn(): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel(/^(Email|E-mail)$/).fill(OWNER.email);
    await page.getByLabel(/^(Password|Wachtwoord)$/).fill(OWNER.password);
    await page.getByRole("button", { name: /^(Log in|Aanmelden)$/ }).click();
    await page.waitForURL(/\/o\//);
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** Gzip bytes of JavaScript a page loads in Chromium, after it is idle. */
async function javascriptKb(cookie: string, paths: Record<string, string>) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const out: Record<string, number> = {};
  try {
    for (const [name, path] of Object.entries(paths)) {
      // A context per page: each starts with an empty cache, so a page counts all the
      // JavaScript it loads, not only what the pages before it had not loaded yet.
      const context = await browser.newContext();
      await context.addCookies(
        cookie.split("; ").map((pair) => {
          const i = pair.indexOf("=");
          return { name: pair.slice(0, i), value: pair.slice(i + 1), url: base };
        }),
      );
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on("requestfinished", (request) => {
        if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      out[name] = round((await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function underLoad(
  path: string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
  pid: number,
) {
  let ok = 0;
  let errors = 0;
  let peakRss = rssMb(pid);
  const until = Date.now() + seconds * 1000;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMb(pid));
  }, 500);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const r = await fetchTimed(`${base}${path}`, headers);
        if (r.status === 200) ok++;
        else errors++;
      }
    }),
  );
  clearInterval(sampler);
  return { requestsPerSecond: round(ok / seconds), errors, peakRssMb: peakRss };
}

async function main() {
  const adminUrl = adminDatabaseUrl();
  const name = `funnelmeter_benchpages_${crypto.randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = withDatabaseName(adminUrl, name);
  process.env.DATABASE_URL = url;
  let server: ChildProcess | null = null;
  try {
    const { createOrgWithOwner, operatorContext, seedBenchHistory } = await import("@/lib/admin/data/admin");
    const { createApiKey } = await import("@/lib/api/data/api-keys");
    const today = new Date().toISOString().slice(0, 10);
    await createOrgWithOwner({
      name: "Bench",
      slug: "bench",
      ownerEmail: OWNER.email,
      ownerPassword: OWNER.password,
      today,
    });
    const ctx = await operatorContext("bench");
    const seedStart = performance.now();
    await seedBenchHistory(ctx, { reps, weeks, seed: 1, now: new Date() });
    for (let i = 0; i < others; i++) {
      const slug = `other-${i}`;
      await createOrgWithOwner({
        name: slug,
        slug,
        ownerEmail: `owner@${slug}.test`,
        ownerPassword: OWNER.password,
        today,
      });
      await seedBenchHistory(await operatorContext(slug), {
        reps: 20,
        weeks: 52,
        seed: i + 2,
        now: new Date(),
      });
    }
    const seedSeconds = round((performance.now() - seedStart) / 1000);
    const { key } = await createApiKey(ctx, { name: "bench" });
    const { closeDatabase } = await import("@/lib/data/lifecycle");
    await closeDatabase();
    const analyze = postgres(url, { max: 1, onnotice: () => {} });
    await analyze.unsafe("analyze");
    await analyze.end();

    server = await startServer({
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    });
    const cookie = await logIn();
    const page = { cookie };
    const apiHeaders = { authorization: `Bearer ${key}` };
    const firstRep = await fetch(`${base}/api/v1/members`, { headers: apiHeaders })
      .then((r) => r.json())
      .then((b: { members: { id: string; role: string }[] }) => b.members.find((m) => m.role === "rep")?.id);

    const targets: [string, string, Record<string, string>][] = [
      ["home", "/o/bench", page],
      ["team 13 weeks", "/o/bench/team?period=13w", page],
      ["team 260 weeks", "/o/bench/team?period=custom&from=2021-W49&to=2026-W48", page],
      ["rep page", `/o/bench/reps/${firstRep}`, page],
      ["benchmark (default)", "/o/bench/benchmark", page],
      ["benchmark vs team", `/o/bench/benchmark?candidate=${firstRep}&reference=team`, page],
      ["profitability", "/o/bench/profitability", page],
      ["what-if", "/o/bench/what-if", page],
      ["weeks grid", "/o/bench/weeks", page],
      ["API /kpis 156 weeks", "/api/v1/kpis?from=2023-W49&to=2026-W48", apiHeaders],
    ];
    const trivial = "/account";
    const rounds = 15;
    const results: Record<string, { medianMs: number; ratio: number; status: number; htmlKb: number }> = {};
    for (const [label, path, headers] of targets) {
      const a: number[] = [];
      const b: number[] = [];
      let status = 0;
      let bytes = 0;
      for (let i = 0; i < rounds + 2; i++) {
        const t = await fetchTimed(`${base}${trivial}`, page);
        const p = await fetchTimed(`${base}${path}`, headers);
        status = p.status;
        bytes = p.bytes;
        if (i >= 2) {
          a.push(t.ms);
          b.push(p.ms);
        }
      }
      results[label] = {
        medianMs: round(median(b)),
        ratio: round(median(b) / median(a), 2),
        status,
        htmlKb: round(bytes / 1024),
      };
      console.log(
        `${label.padEnd(24)} ${String(results[label].medianMs).padStart(8)} ms  ${String(results[label].ratio).padStart(6)}x /account  ${results[label].htmlKb} kB  (HTTP ${status})`,
      );
    }
    const trivialUnderLoad = await underLoad(trivial, page, 20, 20, server.pid as number);
    const teamUnderLoad = await underLoad("/o/bench/team?period=13w", page, 20, 20, server.pid as number);
    const js = await javascriptKb(cookie, {
      notFound: "/no-such-page",
      weekForm: "/o/bench/week",
      team: "/o/bench/team",
      whatIf: "/o/bench/what-if",
    });
    const report = {
      measuredAt: new Date().toISOString(),
      machine: `${(await import("node:os")).cpus().length} cores, node ${process.version}`,
      organization: { reps, weeks, otherOrganizations: others, seedSeconds },
      pages: results,
      underLoad: {
        connections: 20,
        seconds: 20,
        account: trivialUnderLoad,
        team13Weeks: teamUnderLoad,
        teamShareOfTrivialThroughput: round(
          teamUnderLoad.requestsPerSecond / trivialUnderLoad.requestsPerSecond,
          2,
        ),
      },
      javascriptGzipKb: {
        ...js,
        weekFormVs404: round((js.weekForm ?? 0) / (js.notFound ?? 1), 2),
        teamVs404: round((js.team ?? 0) / (js.notFound ?? 1), 2),
      },
      targets:
        "pages <= 3x /account and <= 150 ms; team HTML < 300 kB; team >= 30% of trivial throughput, 0 errors, < 400 MB; JS week form <= 1.15x 404, dashboards <= 1.3x",
    };
    console.log(JSON.stringify(report.underLoad, null, 2));
    console.log(JSON.stringify(report.javascriptGzipKb, null, 2));
    fs.mkdirSync("bench-results", { recursive: true });
    // A run among other organizations keeps its own file, so the two can be compared.
    const file = others > 0 ? `pages-postgres-with-${others}-others.json` : "pages-postgres.json";
    fs.writeFileSync(`bench-results/${file}`, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    server?.kill("SIGTERM");
    const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
