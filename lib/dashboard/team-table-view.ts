// The team table's one page: filtered, sorted and cut on the server from the URL, so only the
// visible rows are rendered and sent (500 reps were 1.4 MB of client payload). The same rules
// the client table had: names sort alphanumerically, figures descending first, a missing
// figure last either way; the filter narrows the rows, never the team total.
import { type PageOf, pageOf, parsePage } from "@/lib/paging";
import type { TeamRow, TeamView } from "./team-view";

export const TEAM_PAGE_SIZE = 25;

export type StatusFilter = "current" | "departed" | "all";
export type SortDirection = "asc" | "desc";

export interface TeamTableQuery {
  /** A column id: "name", "weeksWorked", "total:<metric>", "ratio:<ratio>", "trend"; null = as listed. */
  sort: string | null;
  dir: SortDirection;
  q: string;
  status: StatusFilter;
  /** 1-based. */
  page: number;
}

export interface TeamTableSearchParams {
  sort?: string | string[];
  dir?: string | string[];
  q?: string | string[];
  status?: string | string[];
  page?: string | string[];
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Column ids of a view, in the table's order. */
export function teamColumnIds(view: Pick<TeamView, "effortKeys" | "ratioKeys">): string[] {
  return [
    "name",
    "weeksWorked",
    ...view.effortKeys.map((key) => `total:${key}`),
    ...view.ratioKeys.map((key) => `ratio:${key}`),
    "trend",
  ];
}

/** What the URL asks for; anything unknown falls back to the default, never an error. */
export function parseTeamTableQuery(
  params: TeamTableSearchParams,
  view: Pick<TeamView, "effortKeys" | "ratioKeys">,
): TeamTableQuery {
  const sort = first(params.sort) ?? null;
  const status = first(params.status);
  return {
    sort: sort !== null && teamColumnIds(view).includes(sort) ? sort : null,
    dir: first(params.dir) === "asc" ? "asc" : first(params.dir) === "desc" ? "desc" : defaultDirection(sort),
    q: (first(params.q) ?? "").trim().slice(0, 100),
    status: status === "departed" || status === "all" ? status : "current",
    page: parsePage(params.page),
  };
}

/** Figures sort highest first on the first press; names A to Z. */
export function defaultDirection(sort: string | null): SortDirection {
  return sort === null || sort === "name" ? "asc" : "desc";
}

/** The URL parameters of a query, without the defaults (the period is the caller's). */
export function teamTableParams(query: TeamTableQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.sort !== null) {
    params.sort = query.sort;
    params.dir = query.dir;
  }
  if (query.q) params.q = query.q;
  if (query.status !== "current") params.status = query.status;
  if (query.page > 1) params.page = String(query.page);
  return params;
}

/** Pressing a column's header: its default direction first, then the other way. */
export function sortedBy(query: TeamTableQuery, column: string): TeamTableQuery {
  const dir = query.sort === column ? (query.dir === "asc" ? "desc" : "asc") : defaultDirection(column);
  return { ...query, sort: column, dir, page: 1 };
}

export interface EnoughInColumn {
  enough: number;
  total: number;
}

export interface TeamTablePage extends PageOf<TeamRow> {
  /** Per ratio key, over every row of the view: how many with a value have enough data. */
  enoughByRatio: Record<string, EnoughInColumn>;
}

function sortValue(row: TeamRow, column: string): string | number | undefined {
  if (column === "name") return row.name;
  if (column === "weeksWorked") return row.weeksWorked;
  if (column === "trend") return row.trend?.difference ?? undefined;
  if (column.startsWith("total:"))
    return Object.hasOwn(row.totals, column.slice(6)) ? row.totals[column.slice(6)] : 0;
  if (column.startsWith("ratio:")) return row.ratios[column.slice(6)]?.value ?? undefined;
  return undefined;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

export function teamTablePage(
  view: TeamView,
  query: TeamTableQuery,
  pageSize = TEAM_PAGE_SIZE,
): TeamTablePage {
  const needle = query.q.toLocaleLowerCase();
  let rows = view.rows.filter(
    (row) =>
      (query.status === "all" || row.departed === (query.status === "departed")) &&
      (needle === "" || row.name.toLocaleLowerCase().includes(needle)),
  );
  const { sort } = query;
  if (sort !== null) {
    const sign = query.dir === "asc" ? 1 : -1;
    rows = rows
      .map((row) => ({ row, value: sortValue(row, sort) }))
      .sort((a, b) => {
        // Missing figures last in either direction.
        if (a.value === undefined || b.value === undefined) {
          return a.value === undefined ? (b.value === undefined ? 0 : 1) : -1;
        }
        const order =
          typeof a.value === "string" || typeof b.value === "string"
            ? collator.compare(String(a.value), String(b.value))
            : a.value - b.value;
        return sign * order;
      })
      .map(({ row }) => row);
  }
  const enoughByRatio: Record<string, EnoughInColumn> = {};
  for (const key of view.ratioKeys) {
    const withValue = view.rows.filter((row) => row.ratios[key]?.value != null);
    enoughByRatio[key] = {
      enough: withValue.filter((row) => row.ratios[key]?.enoughData).length,
      total: withValue.length,
    };
  }
  return { ...pageOf(rows, query.page, pageSize), enoughByRatio };
}
