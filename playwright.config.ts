import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive a production build (next build + next start) in Debian's
// Chromium. e2e/server.mjs gives each run a fresh database: a new PGlite directory, or
// a new database on the server named by DATABASE_URL.
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const bothDrivers = Boolean(process.env.DATABASE_URL);
// scripts/cluster.sh up prints the load balancer's URL; test-all.mjs runs the API contract
// and the cluster smoke test against it, with no server of Playwright's own.
const clusterUrl = process.env.CLUSTER_URL;

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/e2e-${port}`,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  fullyParallel: true,
  // A test is a user's whole journey (often several pages, both languages, axe): on two cores
  // with two workers and two servers, several take 40-50 s. The budget leaves room for that;
  // each step still waits at most expect's 10 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "en-GB",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: clusterUrl
    ? [
        {
          name: "cluster",
          testMatch: /(api|cluster)\.spec\.ts/,
          use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: clusterUrl },
        },
      ]
    : [
        {
          name: "chromium",
          testIgnore: /cluster\.spec\.ts/,
          use: { ...devices["Desktop Chrome"], channel: undefined },
        },
        // With a PostgreSQL server in use, the API contract also runs against the embedded
        // database over HTTP, so both drivers are checked end to end.
        ...(bothDrivers
          ? [
              {
                name: "api-pglite",
                testMatch: /api\.spec\.ts/,
                use: {
                  ...devices["Desktop Chrome"],
                  channel: undefined,
                  baseURL: `http://127.0.0.1:${port + 1}`,
                },
              },
            ]
          : []),
      ],
  webServer: clusterUrl
    ? []
    : [
        {
          command: `node e2e/server.mjs ${port}`,
          url: `http://127.0.0.1:${port}/api/v1/health`,
          timeout: 180_000,
          reuseExistingServer: false,
          // Without it Playwright ends the server with SIGKILL, and e2e/server.mjs could not
          // drop the database it made for the run.
          gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
          stdout: "pipe",
          stderr: "pipe",
        },
        ...(bothDrivers
          ? [
              {
                command: `node e2e/server.mjs ${port + 1} --pglite`,
                url: `http://127.0.0.1:${port + 1}/api/v1/health`,
                timeout: 180_000,
                reuseExistingServer: false,
                gracefulShutdown: { signal: "SIGTERM" as const, timeout: 20_000 },
                stdout: "pipe" as const,
                stderr: "pipe" as const,
              },
            ]
          : []),
      ],
});
