import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: pure unit tests (fast, no database) and integration tests that run the
// data layer against a real database, once per driver (see db/test/).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The data layer is marked server-only; tests are server code too.
      "server-only": `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      ...(["pglite", "postgres"] as const).map((driver) => ({
        extends: true as const,
        test: {
          name: `integration-${driver}`,
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          // Webhook tests receive on 127.0.0.1 (lib/webhooks/targets.ts); the SSRF test unsets it.
          env: { FUNNELMETER_TEST_DRIVER: driver, WEBHOOKS_ALLOW_PRIVATE_TARGETS: "true" },
          globalSetup: ["db/test/global-setup.ts"],
          setupFiles: ["db/test/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per run, shared by the files of that run: one file at a time.
          fileParallelism: false,
        },
      })),
    ],
  },
});
