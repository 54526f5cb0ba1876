// Finds the message keys a source file asks for, so a test can prove each one exists.
// A translator's namespace comes from where it was made: useTranslations("ns"),
// getTranslations("ns"), getTranslations({ namespace: "ns" }), createTranslator({ namespace })
// — also inside `const [t, tAll] = await Promise.all([getTranslations("a"), getTranslations()])`.
// Keys built at run time (template literals, variables) cannot be checked and are skipped.

export interface TranslationCall {
  /** The full key, namespace included ("weekly.saved"). */
  key: string;
  line: number;
}

const MAKER =
  /\b(?:useTranslations|getTranslations|createTranslator)\(\s*(?:"([^"]*)"|\{[^}]*?namespace:\s*"([^"]*)"[^}]*\}|\{[^}]*\}|)\s*\)/;

/** The namespace of one translator-making expression, "" for the root; null if it is not one. */
function namespaceOf(expression: string): string | null {
  const match = expression.match(MAKER);
  if (!match) return null;
  return match[1] ?? match[2] ?? "";
}

/** Splits `a, b(c, d), [e, f]` at its top-level commas. */
function topLevelParts(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of list) {
    if ("([{".includes(char)) depth += 1;
    if (")]}".includes(char)) depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** The text of the bracketed list that opens at `start` (which points at "[" or "("). */
function bracketed(source: string, start: number): string {
  let depth = 0;
  for (let i = start; i < source.length; i += 1) {
    const char = source[i] ?? "";
    if ("([{".includes(char)) depth += 1;
    if (")]}".includes(char)) depth -= 1;
    if (depth === 0) return source.slice(start + 1, i);
  }
  return source.slice(start + 1);
}

interface Binding {
  name: string;
  namespace: string;
  at: number;
}

function bindings(source: string): Binding[] {
  const found: Binding[] = [];
  for (const match of source.matchAll(/\bconst\s+(\w+)\s*=\s*(?:await\s+)?([^;\n]*)/g)) {
    const namespace = namespaceOf(match[2] ?? "");
    if (namespace !== null) found.push({ name: match[1] ?? "", namespace, at: match.index ?? 0 });
  }
  for (const match of source.matchAll(/\bconst\s+\[([^\]]*)\]\s*=\s*await\s+Promise\.all\(\s*\[/g)) {
    const names = topLevelParts(match[1] ?? "");
    const open = (match.index ?? 0) + match[0].length - 1;
    const values = topLevelParts(bracketed(source, open));
    names.forEach((name, i) => {
      const namespace = namespaceOf(values[i] ?? "");
      if (namespace !== null && /^\w+$/.test(name)) found.push({ name, namespace, at: match.index ?? 0 });
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Every literal key passed to a known translator (t("key"), t.rich("key"), t.markup("key")). */
export function translationCalls(source: string): TranslationCall[] {
  const code = source.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
  const all = bindings(code);
  const calls: TranslationCall[] = [];
  for (const name of new Set(all.map((b) => b.name))) {
    const ofName = all.filter((b) => b.name === name);
    const call = new RegExp(`(?<![\\w.])${name}(?:\\.rich|\\.markup)?\\(\\s*"([^"]+)"`, "g");
    for (const match of code.matchAll(call)) {
      const at = match.index ?? 0;
      // The nearest translator of that name made before the call (a file may make several).
      const binding = [...ofName].reverse().find((b) => b.at < at) ?? ofName[0];
      if (!binding) continue;
      const key = binding.namespace ? `${binding.namespace}.${match[1]}` : (match[1] ?? "");
      calls.push({ key, line: code.slice(0, at).split("\n").length });
    }
  }
  return calls;
}
