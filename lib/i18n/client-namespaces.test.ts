// Each page's HTML carries the messages its client components use, and only those: this
// follows the imports of every page, layout and error page of app/ into the modules that run
// in the browser (a "use client" module and whatever it imports) and compares the namespaces
// they pass to useTranslations with what the page sends: the shell's (root layout) plus those
// its withClientMessages([...], Page) names. A missing one would show message keys
// instead of text, in the browser only; an unused one costs every request its bytes.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_NAMESPACES } from "./client-namespaces";

const ROOT = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const files = ["app", "components", "lib"].flatMap(sourceFiles);
const raw = new Map(files.map((file) => [file, fs.readFileSync(path.join(ROOT, file), "utf8")]));
// Comments out, so that an example in a comment is not taken for a use.
const code = new Map(
  [...raw].map(([file, text]) => [
    file,
    text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1"),
  ]),
);
const directive = (file: string, name: string) =>
  new RegExp(`^\\s*["']${name}["']`).test(code.get(file) ?? "");

function resolveImport(specifier: string, from: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  for (const suffix of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    if (raw.has(base + suffix)) return base + suffix;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = code.get(file) ?? "";
  const specifiers = [
    ...text.matchAll(/\bfrom\s+["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
  ].map((match) => match[1] as string);
  return specifiers.flatMap((specifier) => resolveImport(specifier, file) ?? []);
}

/** The namespaces a module passes to useTranslations; problems for uses this check cannot read. */
function namespacesOf(file: string): { namespaces: string[]; problems: string[] } {
  const namespaces: string[] = [];
  const problems: string[] = [];
  for (const match of (code.get(file) ?? "").matchAll(/\buseTranslations\(([^)]*)\)/g)) {
    const literal = /^\s*["']([^"']+)["']\s*$/.exec(match[1] as string);
    if (literal) namespaces.push((literal[1] as string).split(".")[0] as string);
    else problems.push(`${file}: useTranslations(${match[1]}) in the browser needs a namespace written out`);
  }
  return { namespaces, problems };
}

/** What the modules of an entry that run in the browser use. */
function clientNeeds(entry: string) {
  const needs = new Set<string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  const queue: [string, boolean][] = [[entry, false]];
  while (queue.length > 0) {
    const [file, inherited] = queue.shift() as [string, boolean];
    const inBrowser = inherited || directive(file, "use client");
    const key = `${file}:${inBrowser}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A server action is called from the browser, but runs on the server.
    if (inBrowser && directive(file, "use server")) continue;
    if (inBrowser) {
      const found = namespacesOf(file);
      for (const namespace of found.namespaces) needs.add(namespace);
      problems.push(...found.problems);
    }
    for (const next of importsOf(file)) queue.push([next, inBrowser]);
  }
  return { needs, problems };
}

// <ClientMessages namespaces={[...]}> or withClientMessages([...], Page).
const CLIENT_MESSAGES = /(?:<ClientMessages\s+namespaces=\{|\bwithClientMessages\(\s*)\[([^\]]*)\]/g;
const declaredIn = (file: string) =>
  [...(code.get(file) ?? "").matchAll(CLIENT_MESSAGES)].flatMap((match) =>
    [...(match[1] as string).matchAll(/["']([^"']+)["']/g)].map((m) => m[1] as string),
  );

const entries = files.filter((file) =>
  /^app\/.*\b(page|layout|error|global-error|not-found|template|loading)\.tsx$/.test(file),
);
const pages = entries.filter((file) => file.endsWith("/page.tsx"));
const frames = entries.filter((file) => !file.endsWith("/page.tsx"));

describe("the messages each page sends to the browser", () => {
  it("finds the pages, and the client modules in them", () => {
    expect(pages.length).toBeGreaterThan(25);
    expect(clientNeeds("app/o/[orgSlug]/team/page.tsx").needs.size).toBeGreaterThan(0);
  });

  it("names only pages as the places that add namespaces", () => {
    const elsewhere = files.filter((file) => !pages.includes(file) && declaredIn(file).length > 0);
    expect(elsewhere).toEqual([]);
  });

  it.each(frames)("%s needs only the shell's namespaces", (frame) => {
    const { needs, problems } = clientNeeds(frame);
    expect(problems).toEqual([]);
    expect([...needs].filter((n) => !(SHELL_NAMESPACES as readonly string[]).includes(n))).toEqual([]);
  });

  it("the shell sends nothing that no layout or error page uses", () => {
    const used = new Set(frames.flatMap((frame) => [...clientNeeds(frame).needs]));
    expect(SHELL_NAMESPACES.filter((n) => !used.has(n))).toEqual([]);
  });

  it.each(pages)("%s sends what its client components use, and no more", (page) => {
    const { needs, problems } = clientNeeds(page);
    expect(problems).toEqual([]);
    const declared = declaredIn(page);
    const sent = new Set([...SHELL_NAMESPACES, ...declared]);
    expect([...needs].filter((n) => !sent.has(n)).sort(), "missing").toEqual([]);
    expect(
      declared.filter((n) => !needs.has(n) || (SHELL_NAMESPACES as readonly string[]).includes(n)),
      "sent but unused (or already in the shell)",
    ).toEqual([]);
  });
});
