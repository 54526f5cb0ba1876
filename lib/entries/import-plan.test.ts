import { describe, expect, it } from "vitest";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import { csvColumnNames } from "./csv-headers";
import { csvLanguages } from "./csv-languages";
import {
  type ExistingWeek,
  IMPORT_CHUNK_ROWS,
  type PlanInput,
  type PlannedRow,
  planImport,
  planInChunks,
  SHOWN_NEW_MEMBERS,
  SHOWN_ROWS,
  type StoredWeekKey,
  shownPlan,
  weekKey,
} from "./import-plan";

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
    expect(allowed.newMemberCount).toBe(1);
  });

  it("names at most SHOWN_NEW_MEMBERS new reps to the browser, and counts them all", () => {
    const rows = Array.from({ length: SHOWN_NEW_MEMBERS + 5 }, (_, i) => `new${i}@x.test,2026-W46,5`);
    const whole = plan(`email,week,calls\n${rows.join("\n")}\n`, { createMissingMembers: true });
    expect(whole.newMembers).toHaveLength(SHOWN_NEW_MEMBERS + 5);
    const shown = shownPlan(whole);
    expect(shown.newMembers).toEqual(whole.newMembers.slice(0, SHOWN_NEW_MEMBERS));
    expect(shown.newMemberCount).toBe(SHOWN_NEW_MEMBERS + 5);
    expect(shown.counts).toEqual(whole.counts);
  });

  it("reports a broken file as a whole", () => {
    expect(plan("who,when\n").fileError).toEqual({ key: "csvUnknownColumn", values: { column: "who" } });
    expect(plan("email,week,calls\n").fileError).toEqual({ key: "csvNoRows" });
  });

  it("marks an update and a week off, and hands the import what to write", async () => {
    const csv = "email;week;calls;conversations;notWorked\nann@x.test;2026-W46;;;ja\n";
    expect(plan(csv).rows[0]).toMatchObject({ action: "update", week: "2026-W46" });
    const written: PlannedRow[] = [];
    await planInChunks(csv, base, {
      storedWeeks: async () => base.existing,
      write: async (rows) => void written.push(...rows),
    });
    expect(written).toEqual([
      expect.objectContaining({ action: "update", notWorked: true, values: {}, weekStart: "2026-11-09" }),
    ]);
  });
});

/** Weeks counted back from 2026-W47: week n is n weeks before it. */
const weekBefore = (n: number) => {
  const monday = new Date(Date.UTC(2026, 10, 16 - 7 * n));
  return monday.toISOString().slice(0, 10);
};

/**
 * A file of every kind of row, spread so that chunks of any size cut through them: known and
 * new reps, stored weeks unchanged and changed, duplicates far apart, bad cells, a week off, a
 * new rep whose earliest week comes last, and a large number near the end.
 */
function mixedFile(rows: number) {
  const lines = ["email,week,calls,conversations,notWorked"];
  for (let i = 0; i < rows; i++) {
    const who = ["ann@x.test", "bob@x.test", `new${i % 5}@x.test`][i % 3];
    const week = weekBefore(1 + Math.floor(i / 3));
    if (i % 17 === 16)
      lines.push(`ann@x.test,${weekBefore(1)},5,1,`); // a duplicate of row 0's week
    else if (i % 23 === 22)
      lines.push(`${who},${week},3,9,`); // conversations > calls
    else if (i % 29 === 28) lines.push(`not-an-email,${week},1,1,`);
    else if (i % 31 === 30) lines.push(`${who},${week},,,yes`);
    else lines.push(`${who},${week},${10 + (i % 4)},${i % 4},`);
  }
  lines.push(`new4@x.test,${weekBefore(400)},1,1,`);
  lines.push(`bob@x.test,${weekBefore(399)},2500,1,`);
  return lines.join("\n");
}

describe("planning a file a chunk at a time", () => {
  const people = new Map([
    ["ann@x.test", "m-ann"],
    ["bob@x.test", "m-bob"],
  ]);
  const stored = new Map<string, ExistingWeek>();
  for (let n = 1; n <= 40; n++) {
    // Stored weeks: every other one the same as the file writes, the others different.
    stored.set(weekKey("m-ann", weekBefore(n)), {
      values: { calls: n % 2 ? 10 : 99, conversations: 0 },
      notWorked: false,
    });
    stored.set(weekKey("m-bob", weekBefore(n)), {
      values: { calls: 11, conversations: 1 },
      notWorked: false,
    });
  }
  const input = (csv: string, extra: Partial<PlanInput> = {}): PlanInput => ({
    ...base,
    csv,
    memberIds: people,
    existing: stored,
    createMissingMembers: true,
    ...extra,
  });

  it("gives the same plan whatever the chunk size", () => {
    const csv = mixedFile(240);
    const whole = planImport(input(csv), 1_000_000);
    expect(whole.counts.create).toBeGreaterThan(0);
    expect(whole.counts.update).toBeGreaterThan(0);
    expect(whole.counts.unchanged).toBeGreaterThan(0);
    expect(whole.counts.error).toBeGreaterThan(10);
    expect(whole.needsConfirmation).toBe(true);
    expect(whole.newMembers).toContainEqual({ email: "new4@x.test", startedOn: weekBefore(400) });
    for (const size of [1, 3, 7, IMPORT_CHUNK_ROWS]) expect(planImport(input(csv), size)).toEqual(whole);
  });

  it("finds a rep's week twice in the file however far apart, across chunks", () => {
    const csv = ["email,week,calls", `ann@x.test,${weekBefore(2)},1`, `ann@x.test,${weekBefore(3)},1`];
    csv.push(`bob@x.test,${weekBefore(2)},1`, `ANN@x.test,${weekBefore(2)},2`);
    const result = planImport(input(csv.join("\n")), 1);
    expect(result.rows.map((r) => [r.line, r.action, r.errors.map((e) => e.error.key)])).toEqual([
      [2, "update", []],
      [3, "update", []],
      [4, "update", []],
      [5, "error", ["csvDuplicateWeek"]],
    ]);
  });

  it("a large number anywhere asks for confirmation; confirmed, the file is fine", () => {
    const csv = mixedFile(100);
    const unconfirmed = planImport(input(csv), 7);
    expect(unconfirmed.needsConfirmation).toBe(true);
    const last = unconfirmed.rows.find((r) => r.errors.some((e) => e.error.key === "confirmLargeValue"));
    expect(last?.line).toBe(103);
    const confirmed = planImport(input(csv, { confirmedLargeValues: true }), 7);
    expect(confirmed.needsConfirmation).toBe(false);
    expect(confirmed.counts.error).toBe(unconfirmed.counts.error - 1);
  });

  it("shows every row of a small file in file order", () => {
    const result = planImport(input(mixedFile(SHOWN_ROWS - 2)), 7);
    expect(result.totalRows).toBe(SHOWN_ROWS);
    expect(result.rows.map((r) => r.line)).toEqual(Array.from({ length: SHOWN_ROWS }, (_, i) => i + 2));
    expect(result.rows[0]).toEqual({
      line: 2,
      email: "ann@x.test",
      week: "2026-W46",
      action: "unchanged",
      newMember: false,
      errors: [],
    });
  });

  it("shows a large file's rows with problems first, then the others, both in file order", () => {
    const result = planImport(input(mixedFile(1_200)), 100);
    expect(result.totalRows).toBe(1_202);
    expect(Object.values(result.counts).reduce((a, b) => a + b)).toBe(1_202);
    expect(result.rows).toHaveLength(SHOWN_ROWS);
    const errors = result.rows.filter((r) => r.action === "error");
    expect(errors).toHaveLength(result.counts.error);
    expect(result.rows.slice(0, errors.length)).toEqual(errors);
    const lines = (rows: { line: number }[]) => rows.map((r) => r.line);
    const others = result.rows.slice(errors.length);
    expect(lines(errors)).toEqual([...lines(errors)].sort((a, b) => a - b));
    expect(lines(others)).toEqual(
      Array.from({ length: result.totalRows }, (_, i) => i + 2)
        .filter((l) => !lines(errors).includes(l))
        .slice(0, others.length),
    );
    // Rows with problems beyond what fits: only they are shown.
    const bad = ["email,week,calls", ...Array.from({ length: 700 }, (_, i) => `bad${i},${weekBefore(1)},1`)];
    const allBad = planImport(input(bad.join("\n")), 64);
    expect(allBad.rows.map((r) => r.line)).toEqual(Array.from({ length: SHOWN_ROWS }, (_, i) => i + 2));
    expect(allBad.counts.error).toBe(700);
  });

  it("reads only the stored weeks a chunk names, and writes a chunk before reading the next", async () => {
    // 22 rows in chunks of 8: the known reps' rows are 6, 5 and 4 of them (new reps have none).
    const csv = mixedFile(20);
    const events: string[] = [];
    const storedWeeks = async (named: StoredWeekKey[]) => {
      events.push(`read ${named.length}`);
      expect(named.every((n) => n.memberId === "m-ann" || n.memberId === "m-bob")).toBe(true);
      return new Map(
        named.flatMap((n) => {
          const week = stored.get(weekKey(n.memberId, n.weekStart));
          return week ? [[weekKey(n.memberId, n.weekStart), week] as const] : [];
        }),
      );
    };
    const result = await planInChunks(
      csv,
      input(csv),
      { storedWeeks, write: async (rows) => void events.push(`write ${rows.length}`) },
      8,
    );
    expect(events).toEqual(["read 6", "write 8", "read 5", "write 8", "read 4", "write 6"]);
    expect(result).toEqual(planImport(input(csv), 8));
  });
});
