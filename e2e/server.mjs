// Starts the production build (scripts/start.mjs) for the e2e suite on a fresh database with the demo
// organization: a new PGlite directory under .e2e-data/, or, when DATABASE_URL is set,
// a new database on that (local) server, dropped again when the server stops.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { HEAP_FLAGS } from "../scripts/heap-limits.mjs";

const port = process.argv[2] ?? "3100";
// --pglite: the embedded database even when DATABASE_URL is set (the API suite runs on both).
const forcePglite = process.argv.includes("--pglite");
// Every spec signs up from 127.0.0.1: the per-address sign-up limit would stop the suite.
const env = {
  SIGNUPS_PER_HOUR: "10000",
  ...process.env,
  // The webhook spec's receiver listens on 127.0.0.1 (lib/webhooks/targets.ts).
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true",
  AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
  PORT: port,
};
if (forcePglite) delete env.DATABASE_URL;
let dropDatabase = async () => {};

if (env.DATABASE_URL) {
  const adminUrl = env.DATABASE_URL;
  const name = `funnelmeter_e2e_${crypto.randomBytes(5).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
} else {
  // One directory per port, so that parallel suites (different ports) do not collide.
  const dir = path.resolve(".e2e-data", `port-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  env.FUNNELMETER_DATA_DIR = dir;
}

const seeded = spawnSync("npm", ["run", "-s", "admin", "--", "seed-demo"], { env, stdio: "inherit" });
if (seeded.status !== 0) {
  await dropDatabase();
  process.exit(seeded.status ?? 1);
}

// The production server the README and docs/DEPLOY.md describe (`npm start`).
const server = spawn(process.execPath, [...HEAP_FLAGS, "scripts/start.mjs"], {
  // The throttling specs give each test its own address in X-Forwarded-For, as one proxy in
  // front would (e2e/security.spec.ts).
  env: { ...env, HOSTNAME: "127.0.0.1", TRUSTED_PROXIES: "1" },
  stdio: "inherit",
});
const stop = async () => {
  server.kill("SIGTERM");
  await dropDatabase().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", async (code) => {
  await dropDatabase().catch(() => {});
  process.exit(code ?? 0);
});
