import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  type CsvWeekRow,
  detectDelimiter,
  type ExportWeek,
  parseNotWorked,
  parseWeeksCsv,
  readWeeksCsv,
  weeksToCsv,
} from "./csv";
import { csvColumnNames, csvHeader, headerName } from "./csv-headers";
import { csvLanguage, csvLanguages } from "./csv-languages";
import { restoreCell } from "./spreadsheet-cells";

const FUNNEL = ["calls", "conversations", "appointments", "hours"].map((key) => ({ key, label: null }));
const KEYS = csvColumnNames(FUNNEL, csvLanguages());

describe("reading a weeks spreadsheet", () => {
  it("reads the English format, with line numbers people can find", () => {
    const csv =
      'email,week,calls,hours,notWorked\r\nann@x.test,2026-W46,106,"7,5",false\r\n\r\nbob@x.test,2026-W46,,,true\r\n';
    expect(parseWeeksCsv(csv, KEYS)).toEqual({
      ok: true,
      metricKeys: ["calls", "hours"],
      headers: { email: "email", week: "week", calls: "calls", hours: "hours", notWorked: "notWorked" },
      rows: [
        {
          line: 2,
          email: "ann@x.test",
          week: "2026-W46",
          values: { calls: "106", hours: "7,5" },
          notWorked: "false",
        },
        { line: 4, email: "bob@x.test", week: "2026-W46", values: {}, notWorked: "true" },
      ],
    });
  });

  it("reads a Dutch spreadsheet: semicolons, decimal commas, a BOM and padding rows", () => {
    const csv = "\uFEFFEmail;Week;Calls;Hours\nann@x.test;2026-11-09;106;7,5\n;;;\n";
    const parsed = parseWeeksCsv(csv, KEYS);
    expect(parsed).toEqual({
      ok: true,
      metricKeys: ["calls", "hours"],
      headers: { email: "Email", week: "Week", calls: "Calls", hours: "Hours" },
      rows: [
        {
          line: 2,
          email: "ann@x.test",
          week: "2026-11-09",
          values: { calls: "106", hours: "7,5" },
          notWorked: "",
        },
      ],
    });
  });

  it("reads tab-separated cells pasted from a spreadsheet", () => {
    expect(detectDelimiter("email\tweek\tcalls\n")).toBe("\t");
    expect(detectDelimiter("email;week;calls\na;b;1,5")).toBe(";");
    expect(detectDelimiter("email,week,calls")).toBe(",");
  });

  it("refuses unknown and missing columns, and empty files", () => {
    expect(parseWeeksCsv("email,week,emails\n", KEYS)).toEqual({
      ok: false,
      error: { key: "csvUnknownColumn", values: { column: "emails" } },
    });
    expect(parseWeeksCsv("email,calls\n", KEYS)).toEqual({
      ok: false,
      error: { key: "csvMissingColumn", values: { column: "week" } },
    });
    expect(parseWeeksCsv(" \n", KEYS)).toEqual({ ok: false, error: { key: "csvEmpty" } });
    // The same metric twice, once by key and once by its Dutch name: which one counts?
    expect(parseWeeksCsv("email,week,calls,Telefoons\n", KEYS)).toEqual({
      ok: false,
      error: { key: "csvDuplicateColumn", values: { column: "Telefoons" } },
    });
  });

  it("counts lines as a spreadsheet shows them: a quoted cell may span lines", () => {
    const csv =
      'email,week,calls\n"ann\n@x.test",2026-W46,1\n\nbob@x.test,"2026-\r\nW46",2\r\ncy@x.test,2026-W46,3';
    const parsed = parseWeeksCsv(csv, KEYS);
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.email])).toEqual([
      [2, "ann\n@x.test"],
      [5, "bob@x.test"],
      [7, "cy@x.test"],
    ]);
  });

  it("hands out the rows a chunk at a time", () => {
    const csv = `email,week,calls\n${[1, 2, 3, 4, 5].map((n) => `rep${n}@x.test,2026-W46,${n}`).join("\n\n")}\n`;
    const reader = readWeeksCsv(csv, KEYS);
    if (!reader.ok) throw new Error("unreadable");
    const sizes: number[][] = [];
    for (let rows = reader.nextRows(2); rows.length > 0; rows = reader.nextRows(2)) {
      sizes.push(rows.map((r) => r.line));
    }
    expect(sizes).toEqual([[2, 4], [6, 8], [10]]);
    expect(reader.nextRows(2)).toEqual([]);
  });

  it("reads a file in chunks exactly as one parse of the whole text (any cells, quotes and line breaks)", () => {
    const cell = fc
      .array(fc.constantFrom("a", "7", ",", ";", '"', "\n", "\r", " ", "\uFEFF", "'", "="), { maxLength: 5 })
      .map((chars) => chars.join(""));
    const header = fc.constantFrom("email,week,calls", "email;week;calls;hours", "\uFEFFemail,week,calls");
    const breaks = fc.constantFrom("\n", "\r\n");
    fc.assert(
      fc.property(header, breaks, fc.array(cell, { maxLength: 30 }), (head, lineBreak, cells) => {
        const text = head + lineBreak + cells.join("");
        const whole = wholeFileRows(text);
        for (const size of [1, 2, 3, 1_000]) {
          const reader = readWeeksCsv(text, KEYS);
          if (!reader.ok) throw new Error("the header is valid");
          const rows: CsvWeekRow[] = [];
          for (let chunk = reader.nextRows(size); chunk.length > 0; chunk = reader.nextRows(size)) {
            expect(chunk.length).toBeLessThanOrEqual(size);
            rows.push(...chunk);
          }
          expect(rows).toEqual(whole);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("knows the words people use for a week off", () => {
    expect(["true", "1", "Ja", "x", "yes"].map(parseNotWorked)).toEqual([true, true, true, true, true]);
    expect(["", "false", "0", "nee", "No"].map(parseNotWorked)).toEqual([false, false, false, false, false]);
    expect(parseNotWorked("maybe")).toBeNull();
  });
});

/** What one Papa parse of the whole text gives, lines counted as the line breaks before a row. */
function wholeFileRows(text: string): CsvWeekRow[] {
  const clean = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(clean, { delimiter: detectDelimiter(clean) });
  const [header = [], ...body] = parsed.data;
  const mark = parsed.meta.linebreak === "\r" ? "\r" : "\n";
  const breaks = (cells: string[]) => cells.join("").split(mark).length - 1;
  const kinds = header.map((name) => KEYS.get(headerName(name)));
  let line = 2 + breaks(header);
  const rows: CsvWeekRow[] = [];
  for (const cells of body) {
    if (!cells.every((c) => c.trim() === "")) {
      const row: CsvWeekRow = { line, email: "", week: "", values: {}, notWorked: "" };
      kinds.forEach((column, i) => {
        const value = restoreCell((cells[i] ?? "").trim()).trim();
        if (column?.kind === "metric") {
          if (value !== "") row.values[column.key] = value;
        } else if (column) row[column.kind] = value;
      });
      rows.push(row);
    }
    line += 1 + breaks(cells);
  }
  return rows;
}

describe("writing a weeks spreadsheet", () => {
  const weeks: ExportWeek[] = [
    { email: "ann@x.test", week: "2026-W46", values: { calls: 106, hours: 7.5 }, notWorked: false },
    { email: "bob@x.test", week: "2026-W46", values: {}, notWorked: true },
  ];

  const two = FUNNEL.filter((m) => m.key === "calls" || m.key === "hours");
  const header = (locale: "en" | "nl") => csvHeader(csvLanguage(locale), two, KEYS);

  it("writes the reader's language, and what the reader reads back (both dialects)", () => {
    const english = weeksToCsv(weeks, header("en"), "comma");
    expect(english).toBe(
      "email,week,Calls,Prospecting hours,not worked\r\nann@x.test,2026-W46,106,7.5,no\r\nbob@x.test,2026-W46,,,yes\r\n",
    );
    const dutch = weeksToCsv(weeks, header("nl"), "semicolon");
    expect(dutch).toBe(
      "e-mail;week;Aantal telefoons;Uren prospectie;niet gewerkt\r\nann@x.test;2026-W46;106;7,5;nee\r\nbob@x.test;2026-W46;;;ja\r\n",
    );
    for (const text of [english, dutch]) {
      const parsed = parseWeeksCsv(text, KEYS);
      expect(parsed.ok && parsed.rows.map((r) => r.values)).toEqual([
        { calls: "106", hours: text === dutch ? "7,5" : "7.5" },
        {},
      ]);
      expect(parsed.ok && parsed.rows.map((r) => parseNotWorked(r.notWorked))).toEqual([false, true]);
    }
  });
});
