import fs from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/domain";

// One JSON file per namespace (messages/<locale>/<namespace>.json), so that features
// own their messages without editing one shared file. Read once per process.
export type Messages = Record<string, unknown>;
const cache = new Map<Locale, Messages>();

export const messagesDirectory = (locale: Locale) =>
  path.join(/*turbopackIgnore: true*/ process.cwd(), "messages", locale);

export function loadMessages(locale: Locale): Messages {
  const cached = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (cached) return cached;
  const dir = messagesDirectory(locale);
  const messages: Messages = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    messages[file.slice(0, -".json".length)] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, messages);
  return messages;
}
