// What importing a spreadsheet would do, row by row: the dry-run preview and the import
// itself are computed by these pure rules, so what people approve is what happens.
// A file is planned a chunk of rows at a time (the caller reads only the stored weeks a chunk
// names), and the plan keeps a summary, never every row: counts, the new reps, whether large
// numbers need confirming, the (member, week) pairs seen (duplicates across the whole file)
// and at most SHOWN_ROWS rows to show, those with problems first.
import type { ErrorMessage } from "@/lib/errors";
import type { MetricDefinition } from "@/lib/kpi/types";
import { emailField } from "@/lib/teams/schemas";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { type CsvWeekRow, parseNotWorked, readWeeksCsv } from "./csv";
import type { CsvColumnNames } from "./csv-headers";
import { sameWeek, validateWeek } from "./validate-week";
import { parseWeekText, type WeekParse } from "./week-text";

/** Rows planned together: the stored weeks they name are one read. */
export const IMPORT_CHUNK_ROWS = 2_000;
/** Rows a preview shows; every row is checked and counted all the same. */
export const SHOWN_ROWS = 500;
/** New reps named in the answer to the browser; a file may name thousands. */
export const SHOWN_NEW_MEMBERS = 20;

/** The invitation form's rule, so the import accepts exactly the addresses an invite would. */
const isEmail = (text: string) => emailField.safeParse(text).success;

export type RowAction = "create" | "update" | "unchanged" | "error";

/** A row as the preview shows it. */
export interface ShownRow {
  line: number;
  email: string;
  week: string;
  action: RowAction;
  /** The email belongs to nobody in the organization yet: the rep is created as invited. */
  newMember: boolean;
  /** Column ("email", "week", "notWorked" or a metric key) -> what is wrong with it. */
  errors: { column: string; error: ErrorMessage }[];
}

/** A row as the import writes it. */
export interface PlannedRow extends ShownRow {
  values: Record<string, number>;
  notWorked: boolean;
  /** The raw cells, for the write (validated again there by the same rules). */
  rawValues: Record<string, string>;
  weekStart: string;
}

export interface ImportPlan {
  fileError: ErrorMessage | null;
  /** Column id -> its header as the file wrote it, to name columns in problems. */
  headers: Record<string, string>;
  /**
   * Every row in file order when there are at most SHOWN_ROWS; else the rows with errors
   * first, then the others, SHOWN_ROWS in all (each group in file order).
   */
  rows: ShownRow[];
  /** The rows the file has (blank rows aside): the counts add up to it. */
  totalRows: number;
  /** Every new rep in the plan; at most SHOWN_NEW_MEMBERS of them in the answer to the browser (shownPlan). */
  newMembers: { email: string; startedOn: string }[];
  /** How many new reps the file names. */
  newMemberCount: number;
  counts: Record<RowAction, number>;
  needsConfirmation: boolean;
}

export interface ExistingWeek {
  values: Record<string, number>;
  notWorked: boolean;
}

/** What planning needs besides the file and the stored weeks. */
export interface ImportRules {
  metrics: readonly MetricDefinition[];
  /** What the header cells may say (csvColumnNames). */
  columnNames: CsvColumnNames;
  /** Lower-case email -> member id, for everyone in the organization. */
  memberIds: ReadonlyMap<string, string>;
  latestWeek: string;
  createMissingMembers: boolean;
  confirmedLargeValues: boolean;
}

export interface PlanInput extends ImportRules {
  csv: string;
  /** `${memberId}|${weekStart}` -> the stored week (at least those the file names). */
  existing: ReadonlyMap<string, ExistingWeek>;
}

export interface StoredWeekKey {
  memberId: string;
  weekStart: string;
}

export const weekKey = (memberId: string, weekStart: string) => `${memberId}|${weekStart}`;

const emptyCounts = (): Record<RowAction, number> => ({ create: 0, update: 0, unchanged: 0, error: 0 });

const filePlan = (fileError: ErrorMessage, headers: Record<string, string> = {}): ImportPlan => ({
  fileError,
  headers,
  rows: [],
  totalRows: 0,
  newMembers: [],
  newMemberCount: 0,
  counts: emptyCounts(),
  needsConfirmation: false,
});

/** What planning remembers between chunks. */
interface PlanState {
  rules: ImportRules;
  headers: Record<string, string>;
  /** ISO week -> its Monday: a file names a few hundred weeks, over and over. */
  mondays: Map<string, string>;
  /** Member id (or `new:email`) -> the weeks already planned, as day numbers. */
  seen: Map<string, Set<number>>;
  /** A new rep's email -> the Monday of their earliest week in the file. */
  newMembers: Map<string, string>;
  counts: Record<RowAction, number>;
  needsConfirmation: boolean;
  errorRows: ShownRow[];
  otherRows: ShownRow[];
}

/** Who and which week a row means, as far as its cells say. */
export interface RowSubject {
  email: string;
  /** The member the email belongs to, or null. */
  memberId: string | null;
  week: WeekParse;
  /** The week's Monday, or "" when the week is unreadable. */
  weekStart: string;
}

/** Rows to plan together: read the stored weeks they name (`weeksNamed`), then plan them. */
export interface PlanChunk {
  rows: readonly { row: CsvWeekRow; subject: RowSubject }[];
  /** The known members' weeks the rows name, each once. */
  weeksNamed: StoredWeekKey[];
}

/** A file planned a chunk at a time; `summary` is the plan so far. */
export interface ChunkedPlan {
  /** The next chunk of at most `chunkRows` rows, or null at the end of the file. */
  next(chunkRows?: number): PlanChunk | null;
  plan(chunk: PlanChunk, stored: ReadonlyMap<string, ExistingWeek>): PlannedRow[];
  summary(): ImportPlan;
}

export function startPlan(csv: string, rules: ImportRules): ChunkedPlan | { unreadable: ImportPlan } {
  const reader = readWeeksCsv(csv, rules.columnNames);
  if (!reader.ok) return { unreadable: filePlan(reader.error) };
  const state: PlanState = {
    rules,
    headers: reader.headers,
    mondays: new Map(),
    seen: new Map(),
    newMembers: new Map(),
    counts: emptyCounts(),
    needsConfirmation: false,
    errorRows: [],
    otherRows: [],
  };
  return {
    next(chunkRows = IMPORT_CHUNK_ROWS) {
      const rows = reader.nextRows(chunkRows).map((row) => ({ row, subject: subjectOf(state, row) }));
      return rows.length === 0 ? null : { rows, weeksNamed: weeksNamed(rows.map((r) => r.subject)) };
    },
    plan: (chunk, stored) => chunk.rows.map(({ row, subject }) => planRow(state, row, subject, stored)),
    summary: () => summaryOf(state),
  };
}

/** The whole file at once, against stored weeks already read (the tests; small files). */
export function planImport(input: PlanInput, chunkRows = IMPORT_CHUNK_ROWS): ImportPlan {
  const planning = startPlan(input.csv, input);
  if ("unreadable" in planning) return planning.unreadable;
  for (let chunk = planning.next(chunkRows); chunk; chunk = planning.next(chunkRows)) {
    planning.plan(chunk, input.existing);
  }
  return planning.summary();
}

/**
 * The same, reading the stored weeks a chunk at a time through `storedWeeks`; `write` gets
 * each chunk's planned rows before the next chunk is read (the import writes them there).
 */
export async function planInChunks(
  csv: string,
  rules: ImportRules,
  io: {
    storedWeeks: (named: StoredWeekKey[]) => Promise<ReadonlyMap<string, ExistingWeek>>;
    write?: (rows: PlannedRow[]) => Promise<void>;
  },
  chunkRows = IMPORT_CHUNK_ROWS,
): Promise<ImportPlan> {
  const planning = startPlan(csv, rules);
  if ("unreadable" in planning) return planning.unreadable;
  for (let chunk = planning.next(chunkRows); chunk; chunk = planning.next(chunkRows)) {
    const planned = planning.plan(chunk, await io.storedWeeks(chunk.weeksNamed));
    await io.write?.(planned);
  }
  return planning.summary();
}

function subjectOf(state: PlanState, row: CsvWeekRow): RowSubject {
  const email = row.email.toLowerCase();
  const week = parseWeekText(row.week, state.rules.latestWeek);
  let weekStart = "";
  if (week.ok) {
    weekStart = state.mondays.get(week.week) ?? mondayDateOfIsoWeek(week.week);
    state.mondays.set(week.week, weekStart);
  }
  return { email, memberId: state.rules.memberIds.get(email) ?? null, week, weekStart };
}

function weeksNamed(subjects: readonly RowSubject[]): StoredWeekKey[] {
  const named = new Map<string, StoredWeekKey>();
  for (const { memberId, weekStart } of subjects) {
    if (memberId && weekStart !== "") named.set(weekKey(memberId, weekStart), { memberId, weekStart });
  }
  return [...named.values()];
}

const dayNumber = (date: string) => Date.parse(date) / 86_400_000;

function planRow(
  state: PlanState,
  row: CsvWeekRow,
  subject: RowSubject,
  stored: ReadonlyMap<string, ExistingWeek>,
): PlannedRow {
  const { rules } = state;
  const errors: PlannedRow["errors"] = [];
  const { email, week, weekStart } = subject;
  let memberId = subject.memberId;
  const validEmail = isEmail(email);
  const newMember = memberId === null && validEmail;
  if (email === "") errors.push({ column: "email", error: { key: "required" } });
  else if (!validEmail) errors.push({ column: "email", error: { key: "invalidEmail" } });
  else if (newMember && !rules.createMissingMembers) {
    errors.push({ column: "email", error: { key: "unknownMember" } });
  }
  if (newMember) memberId = `new:${email}`;

  if (!week.ok) errors.push({ column: "week", error: row.week === "" ? { key: "required" } : week.error });

  if (memberId && week.ok) {
    const weeks = state.seen.get(memberId) ?? new Set<number>();
    state.seen.set(memberId, weeks);
    const day = dayNumber(weekStart);
    if (weeks.has(day)) errors.push({ column: "week", error: { key: "csvDuplicateWeek" } });
    weeks.add(day);
  }

  const notWorked = parseNotWorked(row.notWorked);
  if (notWorked === null) errors.push({ column: "notWorked", error: { key: "invalidNotWorked" } });

  const validation = validateWeek({
    metrics: rules.metrics,
    values: row.values,
    notWorked: notWorked ?? false,
    confirmedLargeValues: rules.confirmedLargeValues,
  });
  if (!validation.ok) {
    for (const [field, error] of Object.entries(validation.errors)) {
      errors.push({ column: field.replace(/^metrics\./, ""), error });
    }
    if (validation.needsConfirmation) state.needsConfirmation = true;
  }

  let action: RowAction = "error";
  const values = validation.ok ? validation.values : {};
  if (errors.length === 0 && memberId) {
    const existing = stored.get(weekKey(memberId, weekStart));
    if (!existing) action = "create";
    else action = sameWeek(existing, { values, notWorked: notWorked ?? false }) ? "unchanged" : "update";
  }

  if (newMember && weekStart !== "") {
    const earliest = state.newMembers.get(email);
    if (!earliest || weekStart < earliest) state.newMembers.set(email, weekStart);
  }
  state.counts[action] += 1;
  const shown: ShownRow = {
    line: row.line,
    email,
    week: week.ok ? week.week : row.week,
    action,
    newMember,
    errors,
  };
  const keep = action === "error" ? state.errorRows : state.otherRows;
  if (keep.length < SHOWN_ROWS) keep.push(shown);
  return { ...shown, values, notWorked: notWorked ?? false, rawValues: row.values, weekStart };
}

function summaryOf(state: PlanState): ImportPlan {
  const counts = { ...state.counts };
  const totalRows = counts.create + counts.update + counts.unchanged + counts.error;
  if (totalRows === 0) return filePlan({ key: "csvNoRows" }, state.headers);
  const both = [...state.errorRows, ...state.otherRows];
  return {
    fileError: null,
    headers: state.headers,
    // Small files read as they were written; in a large one the problems must not hide.
    rows: totalRows <= SHOWN_ROWS ? both.sort((a, b) => a.line - b.line) : both.slice(0, SHOWN_ROWS),
    totalRows,
    newMembers: [...state.newMembers].map(([email, startedOn]) => ({ email, startedOn })),
    newMemberCount: state.newMembers.size,
    counts,
    needsConfirmation: state.needsConfirmation,
  };
}

/** The plan as the browser gets it: its rows are already bounded; the new reps are named up to SHOWN_NEW_MEMBERS. */
export function shownPlan(plan: ImportPlan): ImportPlan {
  return { ...plan, newMembers: plan.newMembers.slice(0, SHOWN_NEW_MEMBERS) };
}
