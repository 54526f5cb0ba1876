import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNotWorked, parseWeeksCsv, weeksToCsv } from "./csv";
import { type CsvMetricName, columnId, csvColumnNames, csvHeader } from "./csv-headers";
import { csvLanguage, csvLanguages } from "./csv-languages";

const DEFAULT: CsvMetricName[] = ["calls", "conversations", "appointments", "hours"].map((key) => ({
  key,
  label: null,
}));
const idOf = (names: ReturnType<typeof csvColumnNames>, cell: string) => {
  const column = names.get(cell.trim().replace(/\s+/g, " ").toLowerCase());
  return column ? columnId(column) : undefined;
};

describe("the names a header cell may carry", () => {
  const names = csvColumnNames(DEFAULT, csvLanguages());
  it.each([
    ["email", "email"],
    ["E-mail", "email"],
    ["Week", "week"],
    ["notWorked", "notWorked"],
    ["Not worked", "notWorked"],
    ["niet gewerkt", "notWorked"],
    ["calls", "calls"],
    ["Calls", "calls"],
    ["Aantal telefoons", "calls"],
    // The standard name before a rewording still reads as calls (older files).
    ["Telefoons", "calls"],
    ["  Beslissers   gesproken ", "conversations"],
    ["Decision-maker conversations", "conversations"],
    ["Afspraken vastgelegd", "appointments"],
    ["Uren prospectie", "hours"],
    ["emails", undefined],
    // A metric that is not in this funnel is not a column of it.
    ["Talk minutes", undefined],
  ])("%j is %s", (cell, id) => {
    expect(idOf(names, cell)).toBe(id);
  });

  it("an owner's own name is read, and wins over another metric's standard name", () => {
    const renamed = csvColumnNames(
      [
        { key: "calls", label: "Belpogingen" },
        // Renamed to what is the standard Dutch name of calls.
        { key: "conversations", label: "Telefoons" },
      ],
      csvLanguages(),
    );
    expect(idOf(renamed, "belpogingen")).toBe("calls");
    expect(idOf(renamed, "Telefoons")).toBe("conversations");
    // The keys always mean their own metric (case does not count).
    expect(idOf(renamed, "Calls")).toBe("calls");
  });
});

describe("the header an export writes", () => {
  it("uses the reader's language and the owner's names", () => {
    const funnel = [{ key: "calls", label: "Belpogingen" }, ...DEFAULT.slice(1)];
    const names = csvColumnNames(funnel, csvLanguages());
    expect(csvHeader(csvLanguage("nl"), funnel, names)).toEqual({
      email: "e-mail",
      week: "week",
      notWorked: "niet gewerkt",
      yes: "ja",
      no: "nee",
      metrics: [
        { key: "calls", name: "Belpogingen" },
        { key: "conversations", name: "Beslissers gesproken" },
        { key: "appointments", name: "Afspraken vastgelegd" },
        { key: "hours", name: "Uren prospectie" },
      ],
    });
  });

  it("falls back to the key where a name would read back as another column", () => {
    // Conversations renamed "Calls": that name is the key of calls (case does not count), so
    // conversations' column is written by its key.
    const funnel = [
      { key: "calls", label: null },
      { key: "conversations", label: "Calls" },
    ];
    const header = csvHeader(csvLanguage("en"), funnel, csvColumnNames(funnel, csvLanguages()));
    expect(header.metrics).toEqual([
      { key: "calls", name: "Calls" },
      { key: "conversations", name: "conversations" },
    ]);
  });

  it("whatever the names and language, the import reads an export back to the same weeks", () => {
    const label = fc.option(
      fc.constantFrom("Calls", "Telefoons", "calls", "Belpogingen", "Uren prospectie", "week", "E-mail"),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.tuple(label, label, label, label),
        fc.constantFrom("en", "nl"),
        fc.constantFrom("comma", "semicolon"),
        fc.array(
          fc.record({
            calls: fc.option(fc.nat(500), { nil: undefined }),
            hours: fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: undefined }),
            notWorked: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        (labels, locale, dialect, rows) => {
          const funnel = DEFAULT.map((m, i) => ({ ...m, label: labels[i] ?? null }));
          const names = csvColumnNames(funnel, csvLanguages());
          const weeks = rows.map((row, i) => ({
            email: `rep${i}@x.test`,
            week: "2026-W46",
            values: Object.fromEntries(
              Object.entries({ calls: row.calls, hours: row.hours }).filter(([, v]) => v !== undefined),
            ) as Record<string, number>,
            notWorked: row.notWorked,
          }));
          const text = weeksToCsv(weeks, csvHeader(csvLanguage(locale), funnel, names), dialect);
          const parsed = parseWeeksCsv(text, names);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(
            parsed.rows.map((r) => ({
              email: r.email,
              values: Object.fromEntries(
                Object.entries(r.values).map(([k, v]) => [k, Number(v.replace(",", "."))]),
              ),
              notWorked: parseNotWorked(r.notWorked),
            })),
          ).toEqual(weeks.map(({ email, values, notWorked }) => ({ email, values, notWorked })));
        },
      ),
    );
  });
});
