// Fails when an installed package is below the version that fixes an advisory in
// advisories.json (kept by hand: the registry's audit endpoint is not reachable here).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import table from "./advisories.json";

/** Semantic-version order, prereleases before their release (5.0.0-beta.30 < 5.0.0-beta.32 < 5.0.0). */
function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = "", pre] = v.split("-", 2);
    return { core: core.split(".").map(Number), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  const xs = x.pre.split(".");
  const ys = y.pre.split(".");
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const p = xs[i];
    const q = ys[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    const numeric = /^\d+$/.test(p) && /^\d+$/.test(q);
    const d = numeric ? Number(p) - Number(q) : p.localeCompare(q);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const installed = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", name, "package.json"), "utf8"))
    .version as string;

describe("security advisories", () => {
  it.each([
    ["16.2.2", "16.2.3", -1],
    ["16.4.6", "16.2.6", 1],
    ["5.0.0-beta.30", "5.0.0-beta.32", -1],
    ["5.0.0-beta.32", "5.0.0", -1],
    ["19.3.1", "19.2.6", 1],
    ["3.22.3", "3.22.3", 0],
  ])("%s against %s", (a, b, order) => expect(compareVersions(a, b)).toBe(order));

  it.each(table.advisories.map((a) => [a.package, a.id, a.fixed] as const))(
    "%s is not affected by %s (fixed in %s)",
    (name, _id, fixed) => {
      expect(compareVersions(installed(name), fixed)).toBeGreaterThanOrEqual(0);
    },
  );
});
