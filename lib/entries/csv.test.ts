import { describe, expect, it } from "vitest";
import { detectDelimiter, type ExportWeek, parseNotWorked, parseWeeksCsv, weeksToCsv } from "./csv";
import { csvColumnNames, csvHeader } from "./csv-headers";
import { csvLanguage, csvLanguages } from "./csv-languages";

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

  it("knows the words people use for a week off", () => {
    expect(["true", "1", "Ja", "x", "yes"].map(parseNotWorked)).toEqual([true, true, true, true, true]);
    expect(["", "false", "0", "nee", "No"].map(parseNotWorked)).toEqual([false, false, false, false, false]);
    expect(parseNotWorked("maybe")).toBeNull();
  });
});

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
