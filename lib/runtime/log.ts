// Structured logs: one JSON object per line on stdout (stderr for errors), with the id of
// the request being served (lib/runtime/request-context.ts).
import { currentRequestId } from "./request-context";

type Fields = Record<string, unknown>;
type Level = "info" | "warn" | "error";

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return { message: value.message, name: value.name, code: (value as { code?: unknown }).code };
  }
  return value;
}

function write(level: Level, event: string, fields: Fields) {
  const line: Fields = { time: new Date().toISOString(), level, event };
  const requestId = currentRequestId();
  if (requestId) line.requestId = requestId;
  for (const [key, value] of Object.entries(fields)) line[key] = serialise(value);
  (level === "error" ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
}

export const log = {
  info: (event: string, fields: Fields = {}) => write("info", event, fields),
  warn: (event: string, fields: Fields = {}) => write("warn", event, fields),
  error: (event: string, fields: Fields = {}) => write("error", event, fields),
};
