// The whole test suite, in the order that fails fastest:
//   lint → types → unit → integration (PGlite, then real PostgreSQL) → build → e2e →
//   faults (scripts/faults.mjs, on the same build) → the Dockerfile's steps in a clean folder.
// `npm test` runs this. Without a PostgreSQL server the real-PostgreSQL layer is skipped
// with a loud line (and fails under CI=true); without Chromium it is installed or we
// stop with the exact command to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const started = Date.now();
const run = (title, command, args, env = {}) => {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const t = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
};

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(path)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("which", ["apt-get"]).status === 0;
  if (isRoot && hasApt) {
    run("install Chromium (Debian package)", "bash", [
      "-c",
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null",
    ]);
    return;
  }
  console.log("No Chromium found; trying Playwright's own download.");
  const download = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (download.status === 0) {
    console.error(
      "Playwright's Chromium is installed; point the tests at it with CHROMIUM_PATH=<path printed above>.",
    );
  } else {
    console.error(
      "No Chromium for the end-to-end tests. Install one, e.g. `sudo apt-get install chromium`, " +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm test` again.",
    );
  }
  process.exit(1);
}

// Past one machine: the same build as two instances behind HAProxy, PgBouncer in
// transaction pooling and a streaming replica (scripts/cluster.sh), with the API contract
// and a smoke test through the load balancer. Needs a PostgreSQL installation (initdb) and
// Debian's haproxy and pgbouncer; under CI their absence fails the run.
function runOnCluster() {
  const missing = ["haproxy", "pgbouncer"].filter((tool) => spawnSync("which", [tool]).status !== 0);
  if (missing.length > 0) {
    const message = `the cluster tests need ${missing.join(" and ")} (apt-get install -y haproxy pgbouncer)`;
    if (process.env.CI) {
      console.error(`\n✗ ${message}.`);
      process.exit(1);
    }
    console.warn(`\n!!!!! SKIPPING the cluster tests: ${message} !!!!!\n`);
    return;
  }
  console.log("\n▶ cluster: scripts/cluster.sh up");
  const up = spawnSync("bash", ["scripts/cluster.sh", "up"], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    env: { ...process.env, ...e2eEnv },
  });
  const url = up.stdout.trim().split("\n").pop();
  try {
    if (up.status !== 0 || !url?.startsWith("http")) {
      console.error("\n✗ the cluster did not start.");
      process.exit(1);
    }
    run("API contract and smoke test on the cluster", "npx", ["playwright", "test", "--project=cluster"], {
      ...e2eEnv,
      CLUSTER_URL: url,
    });
  } finally {
    spawnSync("bash", ["scripts/cluster.sh", "down"], { stdio: "inherit" });
  }
}

run("lint", "npx", ["biome", "check", "."]);
run("types", "npm", ["run", "-s", "typecheck"]);
run("unit tests", "npx", ["vitest", "run", "--project", "unit"]);
run("integration tests (PGlite and PostgreSQL)", "npx", [
  "vitest",
  "run",
  "--project",
  "integration-pglite",
  "--project",
  "integration-postgres",
]);
ensureChromium();
// A build of its own, so the suite never runs against a stale or dev build.
const e2eEnv = { NEXT_DIST_DIR: ".next-e2e" };
run("production build", "npx", ["next", "build"], e2eEnv);
run("end-to-end tests (Chromium)", "npx", ["playwright", "test"], e2eEnv);
// The e2e servers are gone by now: the fault script and the container steps reuse their ports.
const port = process.env.E2E_PORT ?? "3100";
run("faults (load, database restart, kill -9)", "node", ["scripts/faults.mjs", port], e2eEnv);
run("the Dockerfile's steps in a clean folder", "node", ["scripts/container-steps.mjs", port]);
runOnCluster();
console.log(`\nAll test layers passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
