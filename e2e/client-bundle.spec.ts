// What reaches the browser: the database schema's table definitions must not. Client code
// takes roles, locales and other vocabularies from lib/domain.ts; a client import of
// db/schema (directly or through a shared module) once put a 41 kB chunk of drizzle table
// definitions on every page. Reads the production build the suite runs against.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const chunks = path.join(process.env.NEXT_DIST_DIR ?? ".next", "static", "chunks");

function javascriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return javascriptFiles(full);
    return entry.name.endsWith(".js") ? [full] : [];
  });
}

test("no client chunk carries the drizzle table definitions", () => {
  const files = javascriptFiles(chunks);
  expect(files.length).toBeGreaterThan(0);
  const carriers = files.filter((file) => {
    const source = fs.readFileSync(file, "utf8");
    return source.includes("drizzle:IsDrizzleTable") || source.includes('"weekly_entries"');
  });
  expect(carriers).toEqual([]);
});
