import fs from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(__dirname, "../..");
const SKIP = new Set([
  "node_modules",
  ".next",
  ".data",
  ".e2e-data",
  ".git",
  "test-results",
  "playwright-report",
]);

/** Project source files (relative paths) with one of the given extensions. */
export function sourceFiles(extensions: string[], dir = projectRoot): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".next")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(extensions, full));
    else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(path.relative(projectRoot, full));
  }
  return out;
}

export const read = (file: string) => fs.readFileSync(path.join(projectRoot, file), "utf8");
