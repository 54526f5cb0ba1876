// The weeks spreadsheet: email, week, one column per metric and optionally "not worked", one
// row per rep per week; the columns' names are csv-headers.ts's. Dutch spreadsheets write
// `;` between cells and a decimal comma; both are read, and the export can write either.
// Pure: text in, rows out (papaparse does the quoting).
import Papa from "papaparse";
import type { ErrorMessage } from "@/lib/errors";
import { own } from "@/lib/kpi/user-keys";
import { type CsvColumn, type CsvColumnNames, type CsvHeader, columnId, headerName } from "./csv-headers";
import { neutralizeCell, restoreCell } from "./spreadsheet-cells";

export type CsvDialect = "comma" | "semicolon";

export interface CsvWeekRow {
  /** The line in the file (the header is line 1), for error messages people can find. */
  line: number;
  email: string;
  week: string;
  /** Metric key -> the cell's text, exactly as written (blank cells are left out). */
  values: Record<string, string>;
  notWorked: string;
}

export type CsvParse =
  | {
      ok: true;
      metricKeys: string[];
      rows: CsvWeekRow[];
      /** Column id ("email", "week", "notWorked" or a metric key) -> its header as written. */
      headers: Record<string, string>;
    }
  | { ok: false; error: ErrorMessage };

/** A file whose header was read: its rows come a chunk at a time. */
export type WeeksCsvReader =
  | {
      ok: true;
      metricKeys: string[];
      headers: Record<string, string>;
      /** The next rows of the file, at most `count` of them; none once it is read to the end. */
      nextRows(count: number): CsvWeekRow[];
    }
  | { ok: false; error: ErrorMessage };

/** The header's separator decides: a header has no decimal commas to confuse it with. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  if (header.includes("\t")) return "\t";
  if (header.includes(";")) return ";";
  return ",";
}

/** Every row at once: for small files (and the tests). The import reads with readWeeksCsv. */
export function parseWeeksCsv(text: string, names: CsvColumnNames): CsvParse {
  const reader = readWeeksCsv(text, names);
  if (!reader.ok) return reader;
  const rows: CsvWeekRow[] = [];
  for (let chunk = reader.nextRows(2_000); chunk.length > 0; chunk = reader.nextRows(2_000)) {
    rows.push(...chunk);
  }
  return { ok: true, metricKeys: reader.metricKeys, rows, headers: reader.headers };
}

/**
 * Reads the header, then hands out the rows a chunk at a time, so that a file of 150,000 rows
 * is never held as 150,000 parsed rows. Papa parses from where the last chunk ended (a record
 * boundary it found itself), so the rows are exactly those of one parse of the whole text.
 * `names`: what each header may say (csvColumnNames over the whole funnel, retired metrics too).
 */
export function readWeeksCsv(text: string, names: CsvColumnNames): WeeksCsvReader {
  // (\s includes the byte order mark, as trim() does.)
  if (/^\s*$/.test(text)) return { ok: false, error: { key: "csvEmpty" } };
  // A byte order mark is skipped, not cut off: a copy of a large file would cost its size.
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  const delimiter = detectDelimiter(text.slice(start));
  const first = Papa.parse<string[]>(text.slice(start), { delimiter, preview: 1, fastMode: false });
  // Papa drops a byte order mark of its own too (a second one), and counts from after it.
  const headerStart = text.charCodeAt(start) === 0xfeff ? start + 1 : start;
  const header = first.data[0];
  if (!header) return { ok: false, error: { key: "csvEmpty" } };

  const columns: CsvColumn[] = [];
  const headers: Record<string, string> = {};
  for (const cell of header) {
    const name = restoreCell(cell.trim()).trim();
    const column = names.get(headerName(name));
    if (!column) return { ok: false, error: { key: "csvUnknownColumn", values: { column: name } } };
    // Two columns for one thing (calls and Telefoons): the later would silently win.
    if (Object.hasOwn(headers, columnId(column))) {
      return { ok: false, error: { key: "csvDuplicateColumn", values: { column: name } } };
    }
    headers[columnId(column)] = name;
    columns.push(column);
  }
  for (const required of ["email", "week"] as const) {
    if (!columns.some((c) => c.kind === required)) {
      return { ok: false, error: { key: "csvMissingColumn", values: { column: required } } };
    }
  }

  // Papa detects "\r\n", "\r" or "\n" (from the first megabyte) and reads records by it.
  const linebreak = first.meta.linebreak as "\r\n" | "\r" | "\n";
  const lineBreaksIn = (cells: readonly string[]) => {
    const mark = linebreak === "\r" ? "\r" : "\n";
    let count = 0;
    for (const cell of cells)
      for (let at = cell.indexOf(mark); at !== -1; at = cell.indexOf(mark, at + 1)) count++;
    return count;
  };
  let position = headerStart + first.meta.cursor;
  // A record starts on the line after the end of the one before (a quoted cell may span lines).
  let line = 1 + 1 + lineBreaksIn(header);

  const toRow = (cells: string[]): CsvWeekRow => {
    const row: CsvWeekRow = { line, email: "", week: "", values: {}, notWorked: "" };
    columns.forEach((column, i) => {
      const cell = restoreCell((cells[i] ?? "").trim()).trim();
      if (column.kind === "metric") {
        if (cell !== "") row.values[column.key] = cell;
      } else row[column.kind] = cell;
    });
    return row;
  };

  function nextRows(count: number): CsvWeekRow[] {
    const rows: CsvWeekRow[] = [];
    while (rows.length < count && position < text.length) {
      // From the line break that ended the record before: Papa then reads that break as an
      // empty first row to drop, and never sees a text that starts like a byte order mark.
      const from = position - linebreak.length;
      const part = Papa.parse<string[]>(text.slice(from), {
        delimiter,
        newline: linebreak,
        preview: count - rows.length + 1,
        fastMode: false,
      });
      const records = part.data.slice(1);
      if (records.length === 0) break;
      position = from + part.meta.cursor;
      for (const cells of records) {
        // Spreadsheets pad the end with blank lines or rows of bare separators.
        if (!cells.every((cell) => cell.trim() === "")) rows.push(toRow(cells));
        line += 1 + lineBreaksIn(cells);
      }
    }
    return rows;
  }

  return {
    ok: true,
    metricKeys: columns.flatMap((c) => (c.kind === "metric" ? [c.key] : [])),
    headers,
    nextRows,
  };
}

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "ja", "j", "x", "waar"]);
const FALSE_WORDS = new Set(["", "false", "0", "no", "n", "nee", "onwaar"]);

export function parseNotWorked(text: string): boolean | null {
  const lower = text.trim().toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return null;
}

export interface ExportWeek {
  email: string;
  week: string;
  values: Record<string, number>;
  notWorked: boolean;
}

/** The format the importer reads, so that import → export → import changes nothing. */
export function weeksToCsv(
  weeks: readonly ExportWeek[],
  header: CsvHeader,
  dialect: CsvDialect,
  { withHeader = true }: { withHeader?: boolean } = {},
) {
  const number = (n: number) => (dialect === "semicolon" ? String(n).replace(".", ",") : String(n));
  // Numbers are never negative, so only the text cells can start like a formula.
  const rows = weeks.map((w) => [
    neutralizeCell(w.email),
    w.week,
    ...header.metrics.map(({ key }) => {
      const value = own(w.values, key);
      return value === undefined ? "" : number(value);
    }),
    w.notWorked ? header.yes : header.no,
  ]);
  const names = [header.email, header.week, ...header.metrics.map((m) => m.name), header.notWorked].map(
    neutralizeCell,
  );
  // A download written a page at a time names the columns once, on its first page.
  const lines = withHeader ? [names, ...rows] : rows;
  if (lines.length === 0) return "";
  return `${Papa.unparse(lines, {
    delimiter: dialect === "semicolon" ? ";" : ",",
    newline: "\r\n",
  })}\r\n`;
}
