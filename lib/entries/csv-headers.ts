// The names of a weeks spreadsheet's columns. A file may name a column by its key (email,
// week, calls, notWorked: what integrations write), by the owner's own name for a metric,
// or in English or Dutch as people see them on screen ("Decision-maker conversations",
// "Beslissers gesproken", "niet gewerkt"). The export writes the reader's language, in
// names that the import reads back to the same columns. Pure: the words come in.
import { own } from "@/lib/kpi/user-keys";

export type CsvColumn = { kind: "email" | "week" | "notWorked" } | { kind: "metric"; key: string };

/** One language's words for the fixed columns and for yes/no, and its standard metric names. */
export interface CsvLanguage {
  email: string;
  week: string;
  notWorked: string;
  yes: string;
  no: string;
  /** Standard metric key -> its name in this language. */
  metrics: Readonly<Record<string, string>>;
  /** Standard names a metric had before a rewording, so that older files still import. */
  earlierMetricNames?: Readonly<Record<string, string>>;
}

export interface CsvMetricName {
  key: string;
  /** The owner's own name for it, or null for the standard one. */
  label: string | null;
}

export type CsvColumnNames = ReadonlyMap<string, CsvColumn>;

/** Case, surrounding space and runs of space do not matter in a header cell. */
export const headerName = (cell: string) => cell.trim().replace(/\s+/g, " ").toLowerCase();

/** The column's identity in plans and error messages: "email", "week", "notWorked" or the metric key. */
export const columnId = (column: CsvColumn) => (column.kind === "metric" ? column.key : column.kind);

/**
 * Every name a header cell may carry -> its column. The first column to claim a name keeps
 * it, in this order: the keys (never ambiguous), the owner's own names (what the team sees),
 * then each language's words, so a rename that happens to equal another metric's standard
 * name still means the renamed metric.
 */
export function csvColumnNames(
  metrics: readonly CsvMetricName[],
  languages: readonly CsvLanguage[],
): CsvColumnNames {
  const names = new Map<string, CsvColumn>();
  const claim = (name: string | null | undefined, column: CsvColumn) => {
    const key = name ? headerName(name) : "";
    if (key !== "" && !names.has(key)) names.set(key, column);
  };
  const fixed = (["email", "week", "notWorked"] as const).map((kind) => ({ kind }));
  for (const column of fixed) claim(column.kind, column);
  for (const metric of metrics) claim(metric.key, { kind: "metric", key: metric.key });
  for (const metric of metrics) claim(metric.label, { kind: "metric", key: metric.key });
  for (const language of languages) {
    for (const column of fixed) claim(language[column.kind], column);
    for (const metric of metrics)
      claim(own(language.metrics, metric.key), { kind: "metric", key: metric.key });
    for (const metric of metrics)
      claim(own(language.earlierMetricNames ?? {}, metric.key), { kind: "metric", key: metric.key });
  }
  return names;
}

export interface CsvHeader {
  email: string;
  week: string;
  notWorked: string;
  yes: string;
  no: string;
  /** In the funnel's order: each metric's key and the name its column gets. */
  metrics: { key: string; name: string }[];
}

/**
 * The header an export writes in one language. A name is used only when the import reads
 * it back as the same column; otherwise (two metrics with one name) the key stands in.
 */
export function csvHeader(
  language: CsvLanguage,
  metrics: readonly CsvMetricName[],
  names: CsvColumnNames,
): CsvHeader {
  const readsBackAs = (name: string, id: string) => {
    const column = names.get(headerName(name));
    return column !== undefined && columnId(column) === id;
  };
  const fixedName = (kind: "email" | "week" | "notWorked") =>
    readsBackAs(language[kind], kind) ? language[kind] : kind;
  return {
    email: fixedName("email"),
    week: fixedName("week"),
    notWorked: fixedName("notWorked"),
    yes: language.yes,
    no: language.no,
    metrics: metrics.map((metric) => {
      const name = metric.label ?? own(language.metrics, metric.key) ?? metric.key;
      return { key: metric.key, name: readsBackAs(name, metric.key) ? name : metric.key };
    }),
  };
}
