import { describe, expect, it } from "vitest";
import { parseWeeksCsv, weeksToCsv } from "./csv";
import { csvColumnNames, csvHeader } from "./csv-headers";
import { csvLanguage, csvLanguages } from "./csv-languages";
import { planImport } from "./import-plan";
import { neutralizeCell, restoreCell } from "./spreadsheet-cells";

describe("spreadsheet formula injection", () => {
  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["-2+3@evil.test", "'-2+3@evil.test"],
    ["+32 470", "'+32 470"],
    ["\tcalls", "'\tcalls"],
    ["\rcalls", "'\rcalls"],
    ["Calls", "Calls"],
    ["a=b", "a=b"],
  ])("%j is written as %j and read back", (text, written) => {
    expect(neutralizeCell(text)).toBe(written);
    expect(restoreCell(written)).toBe(text);
  });

  it("every text cell of the weeks export is neutralized, and the file reads back the same", () => {
    const metrics = [
      { key: "calls", label: '=HYPERLINK("http://evil.test","Calls")' },
      { key: "conversations", label: "@SUM(1)" },
    ];
    const names = csvColumnNames(metrics, csvLanguages());
    const header = csvHeader(csvLanguage("en"), metrics, names);
    const csv = weeksToCsv(
      [
        {
          email: "-2+3@evil.test",
          week: "2026-W45",
          values: { calls: 10, conversations: 3 },
          notWorked: false,
        },
      ],
      header,
      "comma",
    );
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(`email,week,"'=HYPERLINK(""http://evil.test"",""Calls"")",'@SUM(1),not worked`);
    expect(lines[1]).toBe("'-2+3@evil.test,2026-W45,10,3,no");
    for (const cell of lines.flatMap((line) => line.split(","))) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);
    const parsed = parseWeeksCsv(csv, names);
    expect(parsed).toMatchObject({
      ok: true,
      metricKeys: ["calls", "conversations"],
      rows: [{ email: "-2+3@evil.test", week: "2026-W45", values: { calls: "10", conversations: "3" } }],
    });
  });

  it("the import checks emails by the invitation rule", () => {
    const metrics = [{ key: "calls", kind: "stage" as const, of: null, position: 1 }];
    const names = csvColumnNames(
      metrics.map((m) => ({ ...m, label: null })),
      csvLanguages(),
    );
    const plan = planImport({
      csv: [
        "email,week,calls",
        "=cmd|'/C calc'!A0@x.test,2026-W45,1",
        "a@b,2026-W45,1",
        "ok@example.test,2026-W45,1",
      ].join("\n"),
      metrics,
      columnNames: names,
      memberIds: new Map(),
      existing: new Map(),
      latestWeek: "2026-W47",
      createMissingMembers: true,
      confirmedLargeValues: false,
    });
    expect(plan.rows.map((r) => r.errors.find((e) => e.column === "email")?.error.key ?? null)).toEqual([
      "invalidEmail",
      "invalidEmail",
      null,
    ]);
  });
});
