// What importing a spreadsheet would do, row by row: the dry-run preview and the import
// itself are computed by this one pure function, so what people approve is what happens.
import type { ErrorMessage } from "@/lib/errors";
import type { MetricDefinition } from "@/lib/kpi/types";
import { emailField } from "@/lib/teams/schemas";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { type CsvWeekRow, parseNotWorked, parseWeeksCsv } from "./csv";
import type { CsvColumnNames } from "./csv-headers";
import { sameWeek, validateWeek } from "./validate-week";
import { parseWeekText } from "./week-text";

/** The invitation form's rule, so the import accepts exactly the addresses an invite would. */
const isEmail = (text: string) => emailField.safeParse(text).success;

export type RowAction = "create" | "update" | "unchanged" | "error";

export interface PlannedRow {
  line: number;
  email: string;
  week: string;
  action: RowAction;
  /** The email belongs to nobody in the organization yet: the rep is created as invited. */
  newMember: boolean;
  /** Column ("email", "week", "notWorked" or a metric key) -> what is wrong with it. */
  errors: { column: string; error: ErrorMessage }[];
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
  rows: PlannedRow[];
  newMembers: { email: string; startedOn: string }[];
  counts: Record<RowAction, number>;
  needsConfirmation: boolean;
}

export interface ExistingWeek {
  values: Record<string, number>;
  notWorked: boolean;
}

export interface PlanInput {
  csv: string;
  metrics: readonly MetricDefinition[];
  /** What the header cells may say (csvColumnNames). */
  columnNames: CsvColumnNames;
  /** Lower-case email -> member id, for everyone in the organization. */
  memberIds: ReadonlyMap<string, string>;
  /** `${memberId}|${weekStart}` -> the stored week. */
  existing: ReadonlyMap<string, ExistingWeek>;
  latestWeek: string;
  createMissingMembers: boolean;
  confirmedLargeValues: boolean;
}

export const weekKey = (memberId: string, weekStart: string) => `${memberId}|${weekStart}`;

/** The emails and weeks a file names, so the caller reads only those from the database. */
export function csvSubjects(csv: string, columnNames: CsvColumnNames) {
  const parsed = parseWeeksCsv(csv, columnNames);
  return parsed.ok ? parsed.rows.map((r) => ({ email: r.email.toLowerCase(), week: r.week })) : [];
}

const emptyCounts = (): Record<RowAction, number> => ({ create: 0, update: 0, unchanged: 0, error: 0 });

export function planImport(input: PlanInput): ImportPlan {
  const parsed = parseWeeksCsv(input.csv, input.columnNames);
  if (!parsed.ok) {
    return {
      fileError: parsed.error,
      headers: {},
      rows: [],
      newMembers: [],
      counts: emptyCounts(),
      needsConfirmation: false,
    };
  }
  if (parsed.rows.length === 0) {
    return {
      fileError: { key: "csvNoRows" },
      headers: parsed.headers,
      rows: [],
      newMembers: [],
      counts: emptyCounts(),
      needsConfirmation: false,
    };
  }

  const seen = new Set<string>();
  const newMembers = new Map<string, string>();
  let needsConfirmation = false;
  const rows = parsed.rows.map((row) => {
    const planned = planRow(row, input, seen);
    if (planned.newMember && planned.weekStart !== "") {
      const earliest = newMembers.get(planned.email);
      if (!earliest || planned.weekStart < earliest) newMembers.set(planned.email, planned.weekStart);
    }
    if (planned.needsConfirmation) needsConfirmation = true;
    return planned.row;
  });

  const counts = emptyCounts();
  for (const row of rows) counts[row.action] += 1;
  return {
    fileError: null,
    headers: parsed.headers,
    rows,
    newMembers: [...newMembers].map(([email, startedOn]) => ({ email, startedOn })),
    counts,
    needsConfirmation,
  };
}

function planRow(row: CsvWeekRow, input: PlanInput, seen: Set<string>) {
  const errors: PlannedRow["errors"] = [];
  const email = row.email.toLowerCase();
  let memberId = input.memberIds.get(email) ?? null;
  const newMember = memberId === null && isEmail(email);
  if (email === "") errors.push({ column: "email", error: { key: "required" } });
  else if (!isEmail(email)) errors.push({ column: "email", error: { key: "invalidEmail" } });
  else if (newMember && !input.createMissingMembers) {
    errors.push({ column: "email", error: { key: "unknownMember" } });
  }
  if (newMember) memberId = `new:${email}`;

  const week = parseWeekText(row.week, input.latestWeek);
  if (!week.ok) errors.push({ column: "week", error: row.week === "" ? { key: "required" } : week.error });
  const weekStart = week.ok ? mondayDateOfIsoWeek(week.week) : "";

  if (memberId && week.ok) {
    const key = weekKey(memberId, weekStart);
    if (seen.has(key)) errors.push({ column: "week", error: { key: "csvDuplicateWeek" } });
    seen.add(key);
  }

  const notWorked = parseNotWorked(row.notWorked);
  if (notWorked === null) errors.push({ column: "notWorked", error: { key: "invalidNotWorked" } });

  const validation = validateWeek({
    metrics: input.metrics,
    values: row.values,
    notWorked: notWorked ?? false,
    confirmedLargeValues: input.confirmedLargeValues,
  });
  if (!validation.ok) {
    for (const [field, error] of Object.entries(validation.errors)) {
      errors.push({ column: field.replace(/^metrics\./, ""), error });
    }
  }

  let action: RowAction = "error";
  const values = validation.ok ? validation.values : {};
  if (errors.length === 0 && memberId) {
    const stored = input.existing.get(weekKey(memberId, weekStart));
    if (!stored) action = "create";
    else action = sameWeek(stored, { values, notWorked: notWorked ?? false }) ? "unchanged" : "update";
  }
  const planned: PlannedRow = {
    line: row.line,
    email,
    week: week.ok ? week.week : row.week,
    action,
    newMember,
    errors,
    values,
    notWorked: notWorked ?? false,
    rawValues: row.values,
    weekStart,
  };
  return {
    row: planned,
    newMember,
    email,
    weekStart,
    needsConfirmation: !validation.ok && validation.needsConfirmation,
  };
}
