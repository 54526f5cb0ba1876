// Both languages have every message, with the same placeholders; and no user-visible
// text is written straight into a component.
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { read, sourceFiles } from "@/lib/architecture/source-files";
import { loadMessages } from "./messages";

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
  // Text between JSX tags, and the attributes users read or hear.
  const jsxText = />\s*([^<>{}\s][^<>{}]*?)\s*</g;
  const visibleAttribute = /\b(aria-label|placeholder|title|alt)="([^"]*[A-Za-z][^"]*)"/g;

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
