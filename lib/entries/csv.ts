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

/** The header's separator decides: a header has no decimal commas to confuse it with. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  if (header.includes("\t")) return "\t";
  if (header.includes(";")) return ";";
  return ",";
}

/** `names`: what each header may say (csvColumnNames over the whole funnel, retired metrics too). */
export function parseWeeksCsv(text: string, names: CsvColumnNames): CsvParse {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") return { ok: false, error: { key: "csvEmpty" } };
  const parsed = Papa.parse<string[]>(clean, { delimiter: detectDelimiter(clean) });
  const [header, ...body] = parsed.data;
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

  const lines = recordLines(clean);
  const rows: CsvWeekRow[] = [];
  body.forEach((cells, index) => {
    // Spreadsheets pad the end with blank lines or rows of bare separators.
    if (cells.every((cell) => cell.trim() === "")) return;
    const row: CsvWeekRow = {
      line: lines[index + 1] ?? index + 2,
      email: "",
      week: "",
      values: {},
      notWorked: "",
    };
    columns.forEach((column, i) => {
      const cell = restoreCell((cells[i] ?? "").trim()).trim();
      if (column.kind === "metric") {
        if (cell !== "") row.values[column.key] = cell;
      } else row[column.kind] = cell;
    });
    rows.push(row);
  });
  return {
    ok: true,
    metricKeys: columns.flatMap((c) => (c.kind === "metric" ? [c.key] : [])),
    rows,
    headers,
  };
}

/** The line on which each record starts (a quoted cell may span lines). */
function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === "\n") {
      line += 1;
      if (!inQuotes) starts.push(line);
    }
  }
  return starts;
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
