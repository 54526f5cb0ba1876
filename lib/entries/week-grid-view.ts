// The weeks grid's one page: sorted and cut on the server from the URL, so that an
// organization of 500 reps sends 25 rows, not all of them (2.2 MB of HTML). Sorting by a
// week puts whoever still owes it first (ascending), as the client-side sort did.
import { type PageOf, pageOf, parsePage } from "@/lib/paging";
import type { WeekStatus } from "./expected-weeks";

export const GRID_PAGE_SIZE = 25;

export interface GridRow {
  memberId: string;
  name: string;
  email: string;
  invited: boolean;
  /** ISO week -> status, for every week of the grid. */
  weeks: Record<string, WeekStatus>;
}

export interface GridQuery {
  /** "name" or one of the grid's weeks. */
  sort: string;
  dir: "asc" | "desc";
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What the URL asks for; anything unknown is the default (by name, A to Z, page 1). */
export function parseGridQuery(params: Params, weeks: readonly string[]): GridQuery {
  const sort = first(params.sort);
  return {
    sort: sort && weeks.includes(sort) ? sort : "name",
    dir: first(params.dir) === "desc" ? "desc" : "asc",
    page: parsePage(params.page),
  };
}

/** The query as URL parameters, defaults left out. */
export function gridParams(query: GridQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.sort !== "name") params.sort = query.sort;
  if (query.dir !== "asc") params.dir = query.dir;
  if (query.page > 1) params.page = String(query.page);
  return params;
}

/** Pressing a column's header: the other direction if it is the sorted one, else ascending. */
export function gridSortedBy(query: GridQuery, column: string): GridQuery {
  const dir = query.sort === column && query.dir === "asc" ? "desc" : "asc";
  return { sort: column, dir, page: 1 };
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

export function gridPage(
  rows: readonly GridRow[],
  query: GridQuery,
  pageSize = GRID_PAGE_SIZE,
): PageOf<GridRow> {
  const sign = query.dir === "asc" ? 1 : -1;
  const owes = (row: GridRow) => (row.weeks[query.sort] === "missing" ? 0 : 1);
  const sorted = [...rows].sort((a, b) => {
    const order = query.sort === "name" ? 0 : owes(a) - owes(b);
    // Ties (and the name column) by name, A to Z within a week's groups.
    return order !== 0 ? sign * order : (query.sort === "name" ? sign : 1) * collator.compare(a.name, b.name);
  });
  return pageOf(sorted, query.page, pageSize);
}
