// Rules of the codebase that a reviewer should not have to remember.
import { describe, expect, it } from "vitest";
import { read, sourceFiles } from "./source-files";

const code = sourceFiles([".ts", ".tsx", ".mjs"]).filter((f) => !f.startsWith("lib/architecture/"));
/** Data access lives in the tenancy core (lib/data/) and in each feature's data/ folder. */
const isDataModule = (f: string) => /^lib\/([\w-]+\/)?data\//.test(f);

describe("architecture", () => {
  it("only the data-access layer (and the database's own tests) import the database client", () => {
    const importers = code.filter((f) =>
      /from ["'](@\/db\/client|\.\.?\/(\.\.\/)*db\/client|\.\.?\/client)["']/.test(read(f)),
    );
    const outside = importers.filter((f) => !isDataModule(f) && !f.startsWith("db/"));
    expect(outside).toEqual([]);
    expect(importers.length).toBeGreaterThan(0);
  });

  it("pages, components and everything outside the data folders do not query: no drizzle-orm, no db", () => {
    const queriers = code.filter(
      (f) =>
        !isDataModule(f) &&
        !f.startsWith("db/") &&
        !f.includes(".test.") &&
        /from ["'](drizzle-orm|@\/db\/(client|schema))/.test(read(f)),
    );
    expect(queriers).toEqual([]);
  });

  it("numbers are formatted through lib/i18n/formatter's useFormatter, not next-intl's slower one", () => {
    const direct = code.filter(
      (f) =>
        f !== "lib/i18n/formatter.ts" &&
        /import \{[^}]*\buseFormatter\b[^}]*\} from "next-intl"/.test(read(f)),
    );
    expect(direct).toEqual([]);
  });

  it("client components take vocabularies from lib/domain, never from the database schema", () => {
    // The build-output check (e2e/client-bundle.spec.ts) also catches indirect imports.
    const clientFiles = code.filter((f) => /^["']use client["'];/m.test(read(f)));
    expect(clientFiles.length).toBeGreaterThan(0);
    for (const file of clientFiles) expect(read(file), file).not.toMatch(/from ["']@\/db\/schema["']/);
    expect(read("lib/domain.ts")).not.toMatch(/^import /m);
  });

  it("every data-access module is server-only", () => {
    const dataModules = code.filter((f) => isDataModule(f) && !f.includes(".test."));
    expect(dataModules.length).toBeGreaterThan(40);
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

  it("a server action never shares its name with a data function (which one did a stack trace mean?)", () => {
    const actionNames = code
      .filter((f) => /^["']use server["'];/m.test(read(f)))
      .flatMap((f) => [...read(f).matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]));
    const dataNames = new Set(
      code
        .filter((f) => isDataModule(f) && !f.includes(".test."))
        .flatMap((f) => [...read(f).matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1])),
    );
    expect(actionNames.length).toBeGreaterThan(20);
    expect(actionNames.filter((name) => dataNames.has(name))).toEqual([]);
  });

  it("the KPI engine is pure: no database, React, Next.js or clock", () => {
    // The ISO-week arithmetic lives with the calendar but is part of the engine's purity.
    const engine = code.filter(
      (f) => (f.startsWith("lib/kpi/") || f === "lib/weeks/iso-week.ts") && !f.includes(".test."),
    );
    expect(engine).toContain("lib/weeks/iso-week.ts");
    for (const file of engine) {
      const source = read(file);
      expect(source, file).not.toMatch(
        /from ["'](@\/db|@\/lib\/([\w-]+\/)?data\/|@\/lib\/weeks\/calendar|react|next|drizzle-orm|postgres)/,
      );
      expect(source, file).not.toMatch(/Date\.now\(|new Date\(\)/);
    }
  });
});
