// The server's heap limits are written in several places that cannot import them (package.json,
// the Dockerfile, the systemd unit in docs/DEPLOY.md): they must say the same as the module.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { HEAP_FLAGS } from "../../scripts/heap-limits.mjs";

const flags = HEAP_FLAGS.join(" ");

describe("the production server's heap limits", () => {
  it("cap the young and the old generation", () => {
    expect(HEAP_FLAGS).toEqual([
      expect.stringMatching(/^--max-semi-space-size=\d+$/),
      expect.stringMatching(/^--max-old-space-size=\d+$/),
    ]);
  });

  it("are the same in npm start, the Dockerfile and the systemd unit", () => {
    const start = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start;
    expect(start).toBe(`node ${flags} scripts/start.mjs`);
    const cmd = fs
      .readFileSync("Dockerfile", "utf8")
      .split("\n")
      .find((line) => line.startsWith("CMD "));
    expect(cmd).toBe(
      `CMD ${JSON.stringify(["node", ...HEAP_FLAGS, "scripts/start.mjs"]).replaceAll(",", ", ")}`,
    );
    expect(fs.readFileSync("docs/DEPLOY.md", "utf8")).toContain(
      `ExecStart=/usr/bin/node ${flags} scripts/start.mjs`,
    );
  });

  it("are passed by every script that starts the server", () => {
    for (const file of [
      "e2e/server.mjs",
      "scripts/faults.mjs",
      "scripts/quickstart.mjs",
      "lib/bench/pages.ts",
    ]) {
      expect(fs.readFileSync(file, "utf8"), file).toContain('[...HEAP_FLAGS, "scripts/start.mjs"]');
    }
  });
});
