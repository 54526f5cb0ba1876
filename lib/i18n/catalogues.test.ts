// Both languages have every message, with the same placeholders; and no user-visible
// text is written straight into a component.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { read, sourceFiles } from "@/lib/architecture/source-files";
import { loadMessages } from "./messages";
import { translationCalls } from "./translation-keys";

type Catalogue = { [key: string]: string | Catalogue };

const en = loadMessages("en") as Catalogue;
const nl = loadMessages("nl") as Catalogue;

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The argument names of an ICU message (parsing also proves the message is valid ICU). */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) {
        names.add(String(element.value));
      }
      if ("options" in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message));
  return [...names].sort();
}

describe("message catalogues", () => {
  const flatEn = flatten(en);
  const flatNl = flatten(nl);

  it("have the same keys in English and Dutch", () => {
    expect([...flatNl.keys()].sort()).toEqual([...flatEn.keys()].sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, message] of flatEn) {
      expect(placeholders(flatNl.get(key) ?? ""), key).toEqual(placeholders(message));
    }
  });

  it("leave no message empty", () => {
    for (const [key, message] of [...flatEn, ...flatNl]) expect(message.trim(), key).not.toBe("");
  });
});

describe("no hard-coded user-visible strings", () => {
  const components = sourceFiles([".tsx"]);
  // Text between JSX tags, and the attributes and props users read or hear (the shared
  // form components show `label`, `hint` and `pendingLabel`).
  const jsxText = />\s*([^<>{}\s][^<>{}]*?)\s*</g;
  const visibleAttribute =
    /\b(aria-label|aria-description|aria-valuetext|placeholder|title|alt|label|hint|pendingLabel|caption)="([^"]*[A-Za-z][^"]*)"/g;

  it.each(components)("%s", (file) => {
    const source = read(file)
      // Skip TypeScript generics and comparisons such as `a < b` or `Array<string>`.
      .replace(/\/\/.*$/gm, "")
      .replace(/\/\*[\s\S]*?\*\//g, "");
    const texts = [...source.matchAll(jsxText)]
      .map((m) => m[1]?.trim() ?? "")
      .filter((text) => /[A-Za-z]{2,}/.test(text) && !/[=;()]|=>|&&/.test(text));
    const attributes = [...source.matchAll(visibleAttribute)].map((m) => `${m[1]}="${m[2]}"`);
    expect([...texts, ...attributes]).toEqual([]);
  });
});

describe("every message key a source file asks for exists", () => {
  const keys = new Set(flatten(en).keys());
  const files = sourceFiles([".ts", ".tsx"]).filter((f) => !/\.test\.tsx?$/.test(f) && !f.startsWith("e2e/"));

  it("finds keys through every way a translator is made", () => {
    const calls = translationCalls(`
      const t = useTranslations("weekly");
      const [tRoles, user, tAll] = await Promise.all([getTranslations("roles"), currentUser(), getTranslations()]);
      const tErr = createTranslator({ locale, messages, namespace: "errors" });
      t("saved"); t.rich("intro", { b: x }); t(\`dynamic.\${key}\`); tRoles("owner"); tAll("app.name"); tErr("generic");
      t.has("skipped"); other("not.a.translator");
    `);
    expect(calls.map((c) => c.key)).toEqual([
      "weekly.saved",
      "weekly.intro",
      "roles.owner",
      "app.name",
      "errors.generic",
    ]);
  });

  it("uses the nearest translator made before the call", () => {
    const calls = translationCalls(`
      function A() { const t = useTranslations("auth"); return t("logIn"); }
      function B() { const t = useTranslations("nav"); return t("team"); }
    `);
    expect(calls.map((c) => c.key)).toEqual(["auth.logIn", "nav.team"]);
  });

  it.each(files.filter((f) => /Translations|createTranslator/.test(read(f))))("%s", (file) => {
    const missing = translationCalls(read(file))
      .filter((call) => !keys.has(call.key))
      .map((call) => `line ${call.line}: ${call.key}`);
    expect(missing).toEqual([]);
  });
});
