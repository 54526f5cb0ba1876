// A dialer's call log (one row a call: date and time, agent e-mail, duration, outcome) read
// with the organization's saved column mapping into activity events: each call counts one
// call (its duration into talk time) and one of every metric its outcome is mapped to. An
// event's id is derived from the row, so importing the same export again counts nothing twice.
import { createHash } from "node:crypto";
import Papa from "papaparse";
import { z } from "zod";
import { detectDelimiter } from "@/lib/entries/csv";
import type { ErrorMessage } from "@/lib/errors";

export interface CallLogMapping {
  /** Header names of the columns, as the dialer writes them. */
  at: string;
  email: string;
  duration: string;
  outcome: string | null;
  /** Metric key → the outcome values that count one of it. */
  outcomes: Record<string, string[]>;
}

const column = z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" });

const OUTCOME_FIELD = /^outcomes\.([a-z][A-Za-z0-9]{0,39})$/;

/** The owner's mapping form: columns by header name; `outcomes.<metric>` lists outcome values, comma-separated. */
export const callLogMappingSchema = z
  .object({
    at: column,
    email: column,
    duration: column,
    outcome: z.string().trim().max(100, { error: "tooLong" }),
  })
  .catchall(z.string().max(1000, { error: "tooLong" }))
  .transform((form): CallLogMapping => {
    const outcomes: Record<string, string[]> = {};
    for (const [field, text] of Object.entries(form)) {
      const metric = OUTCOME_FIELD.exec(field)?.[1];
      const values = (text ?? "")
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
      if (metric && values.length > 0) outcomes[metric] = values;
    }
    return {
      at: form.at,
      email: form.email,
      duration: form.duration,
      outcome: form.outcome || null,
      outcomes,
    };
  });

export interface CallLogEvent {
  id: string;
  member: string;
  at: string;
  metric: string;
  count: number;
  durationSeconds: number;
}

export interface CallLogRow {
  line: number;
  events: CallLogEvent[];
}

/** What an import did: rows read, calls added, calls already imported, and rows that could not count. */
export interface CallLogImport {
  rows: number;
  callsAdded: number;
  duplicates: number;
  problems: { line: number; field: string; message: ErrorMessage }[];
}

export type CallLogParse =
  | { ok: true; rows: CallLogRow[]; errors: { line: number; field: string; message: ErrorMessage }[] }
  | { ok: false; error: ErrorMessage };

/** "95", "1:35" (minutes:seconds) or "0:01:35" → seconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(trimmed);
  if (!parts) return null;
  const [, hours, minutes, seconds] = parts;
  if (Number(seconds) >= 60) return null;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Minutes east of UTC of `timeZone` at `instant`. */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const part = (type: string) => Number(parts[type]);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((wall - instant) / 60_000);
}

/**
 * A dialer's timestamp → ISO. With an offset or Z it is taken as written; without one
 * ("2026-11-23 14:05", "23/11/2026 14:05") it is the organization's local time.
 */
export function parseCallTime(text: string, timeZone: string): string | null {
  const trimmed = text.trim();
  if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(trimmed) && /^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const instant = Date.parse(trimmed);
    return Number.isNaN(instant) ? null : new Date(instant).toISOString();
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  const european = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
  const fields = iso
    ? { y: iso[1], mo: iso[2], d: iso[3], h: iso[4], mi: iso[5], s: iso[6] }
    : european
      ? { y: european[3], mo: european[2], d: european[1], h: european[4], mi: european[5], s: european[6] }
      : null;
  if (!fields) return null;
  const [y, mo, d, h, mi, s] = [fields.y, fields.mo, fields.d, fields.h, fields.mi, fields.s ?? "0"].map(
    Number,
  ) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  // The offset at the guessed instant, then once more at the corrected one (DST changes).
  const first = asUtc - offsetMinutes(timeZone, asUtc) * 60_000;
  return new Date(asUtc - offsetMinutes(timeZone, first) * 60_000).toISOString();
}

const rowId = (cells: readonly string[]) =>
  `call:${createHash("sha256").update(JSON.stringify(cells)).digest("base64url").slice(0, 32)}`;

export function parseCallLog(text: string, mapping: CallLogMapping, timeZone: string): CallLogParse {
  const clean = text.replace(/^\uFEFF/, "").trim();
  if (!clean) return { ok: false, error: { key: "csvEmpty" } };
  const parsed = Papa.parse<Record<string, string>>(clean, {
    header: true,
    delimiter: detectDelimiter(clean),
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const wanted = [mapping.at, mapping.email, mapping.duration, ...(mapping.outcome ? [mapping.outcome] : [])];
  const missing = wanted.find((name) => !headers.includes(name));
  if (missing) return { ok: false, error: { key: "csvMissingColumn", values: { column: missing } } };
  if (parsed.data.length === 0) return { ok: false, error: { key: "csvNoRows" } };
  const rows: CallLogRow[] = [];
  const errors: { line: number; field: string; message: ErrorMessage }[] = [];
  parsed.data.forEach((record, index) => {
    const line = index + 2;
    const cell = (name: string) => (record[name] ?? "").trim();
    const at = parseCallTime(cell(mapping.at), timeZone);
    const seconds = parseDuration(cell(mapping.duration) || "0");
    const email = cell(mapping.email).toLowerCase();
    if (!at)
      errors.push({
        line,
        field: "at",
        message: { key: "callTimeUnreadable", values: { value: cell(mapping.at) } },
      });
    if (seconds === null) {
      errors.push({
        line,
        field: "duration",
        message: { key: "durationUnreadable", values: { value: cell(mapping.duration) } },
      });
    }
    if (!email) errors.push({ line, field: "email", message: { key: "required" } });
    if (!at || seconds === null || !email) return;
    const outcome = mapping.outcome ? cell(mapping.outcome).toLowerCase() : "";
    const id = rowId(wanted.map(cell));
    const events: CallLogEvent[] = [
      { id, member: email, at, metric: "calls", count: 1, durationSeconds: seconds },
    ];
    for (const [metric, values] of Object.entries(mapping.outcomes)) {
      if (outcome && values.some((v) => v.toLowerCase() === outcome)) {
        events.push({ id: `${id}:${metric}`, member: email, at, metric, count: 1, durationSeconds: 0 });
      }
    }
    rows.push({ line, events });
  });
  return { ok: true, rows, errors };
}
