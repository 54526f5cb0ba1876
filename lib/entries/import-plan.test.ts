import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { csvColumnNames } from "./csv-headers";
import { csvLanguages } from "./csv-languages";
import { type PlanInput, planImport, weekKey } from "./import-plan";

const base: PlanInput = {
  csv: "",
  metrics: DEFAULT_METRICS,
  columnNames: csvColumnNames(
    DEFAULT_METRICS.map((m) => ({ key: m.key, label: null })),
    csvLanguages(),
  ),
  memberIds: new Map([["ann@x.test", "m-ann"]]),
  existing: new Map([
    [weekKey("m-ann", "2026-11-09"), { values: { calls: 100, conversations: 30 }, notWorked: false }],
  ]),
  latestWeek: "2026-W47",
  createMissingMembers: false,
  confirmedLargeValues: false,
};
const plan = (csv: string, extra: Partial<PlanInput> = {}) => planImport({ ...base, csv, ...extra });

describe("planning an import", () => {
  it("tells what will be created, updated or left alone", () => {
    const result = plan(
      "email,week,calls,conversations\nann@x.test,2026-W46,100,30\nANN@x.test,2026-W47,90,31\nann@x.test,2026-11-02,80,20\n",
    );
    expect(result.fileError).toBeNull();
    expect(result.rows.map((r) => [r.line, r.week, r.action])).toEqual([
      [2, "2026-W46", "unchanged"],
      [3, "2026-W47", "create"],
      [4, "2026-W45", "create"],
    ]);
    expect(result.counts).toEqual({ create: 2, update: 0, unchanged: 1, error: 0 });
  });

  it("shows each bad row with its column and reason", () => {
    const result = plan(
      "email,week,calls,conversations,notWorked\nann@x.test,2026-W46,30,38,\nnot-an-email,2026-W46,1,1,\nann@x.test,2026-W48,1,1,\nann@x.test,2026-W44,1,,maybe\n",
    );
    expect(
      result.rows.map((r) => [r.line, r.action, r.errors.map((e) => `${e.column}:${e.error.key}`)]),
    ).toEqual([
      [2, "error", ["conversations:stageExceedsPrevious"]],
      [3, "error", ["email:invalidEmail"]],
      [4, "error", ["week:futureWeek"]],
      [5, "error", ["notWorked:invalidNotWorked"]],
    ]);
    expect(result.counts.error).toBe(4);
  });

  it("refuses the same rep and week twice in one file", () => {
    const result = plan("email,week,calls\nann@x.test,2026-W45,1\nann@x.test,2026-11-02,2\n");
    expect(result.rows[1]?.errors).toEqual([{ column: "week", error: { key: "csvDuplicateWeek" } }]);
  });

  it("unknown reps are an error unless they may be created, starting in their first week", () => {
    const csv = "email,week,calls\nnew@x.test,2026-W46,5\nnew@x.test,2026-W44,5\n";
    expect(plan(csv).rows[0]?.errors).toEqual([{ column: "email", error: { key: "unknownMember" } }]);
    const allowed = plan(csv, { createMissingMembers: true });
    expect(allowed.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
    expect(allowed.rows.every((r) => r.newMember)).toBe(true);
    expect(allowed.newMembers).toEqual([{ email: "new@x.test", startedOn: "2026-10-26" }]);
  });

  it("reports a broken file as a whole", () => {
    expect(plan("who,when\n").fileError).toEqual({ key: "csvUnknownColumn", values: { column: "who" } });
    expect(plan("email,week,calls\n").fileError).toEqual({ key: "csvNoRows" });
  });

  it("marks an update and a week off", () => {
    const result = plan("email;week;calls;conversations;notWorked\nann@x.test;2026-W46;;;ja\n");
    expect(result.rows[0]).toMatchObject({ action: "update", notWorked: true, values: {} });
  });
});
