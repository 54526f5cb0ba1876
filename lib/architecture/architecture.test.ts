// Rules of the codebase that a reviewer should not have to remember.
import { describe, expect, it } from "vitest";
import { read, sourceFiles } from "./source-files";

const code = sourceFiles([".ts", ".tsx", ".mjs"]).filter((f) => !f.startsWith("lib/architecture/"));

describe("architecture", () => {
  it("only the data-access layer (and the database's own tests) import the database client", () => {
    const importers = code.filter((f) =>
      /from ["'](@\/db\/client|\.\.?\/(\.\.\/)*db\/client|\.\.?\/client)["']/.test(read(f)),
    );
    const outside = importers.filter((f) => !f.startsWith("lib/data/") && !f.startsWith("db/"));
    expect(outside).toEqual([]);
    expect(importers.length).toBeGreaterThan(0);
  });

  it("client components take vocabularies from lib/domain, never from the database schema", () => {
    // The build-output check (e2e/client-bundle.spec.ts) also catches indirect imports.
    const clientFiles = code.filter((f) => /^["']use client["'];/m.test(read(f)));
    expect(clientFiles.length).toBeGreaterThan(0);
    for (const file of clientFiles) expect(read(file), file).not.toMatch(/from ["']@\/db\/schema["']/);
    expect(read("lib/domain.ts")).not.toMatch(/^import /m);
  });

  it("every data-access module is server-only", () => {
    const dataModules = code.filter((f) => f.startsWith("lib/data/") && !f.includes(".test."));
    for (const file of dataModules) expect(read(file), file).toMatch(/^import "server-only";/m);
  });

  it("every exported server action is built with the action builder", () => {
    const actionFiles = code.filter((f) => /^["']use server["'];/m.test(read(f)));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const source = read(file);
      expect(source, `${file} exports a hand-written action`).not.toMatch(/export\s+(async\s+)?function/);
      const exports = [...source.matchAll(/export\s+const\s+(\w+)\s*=\s*([\w.]+)\(/g)];
      const all = [...source.matchAll(/export\s+(const|let|var)\s+(\w+)/g)];
      expect(exports.length, `${file}: every export must be a builder call`).toBe(all.length);
      for (const [, name, builder] of exports) {
        expect(["orgAction", "publicAction"], `${file}: ${name}`).toContain(builder);
      }
    }
  });

  it("the KPI engine is pure: no database, React, Next.js or clock", () => {
    const engine = code.filter((f) => f.startsWith("lib/kpi/") && !f.includes(".test."));
    for (const file of engine) {
      const source = read(file);
      expect(source, file).not.toMatch(/from ["'](@\/db|@\/lib\/data|react|next|drizzle-orm|postgres)/);
      expect(source, file).not.toMatch(/Date\.now\(|new Date\(\)/);
    }
  });
});
