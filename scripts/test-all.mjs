// The whole test suite, in the order that fails fastest:
//   lint → types → unit → integration (PGlite, then real PostgreSQL) → build → e2e.
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
console.log(`\nAll test layers passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
