// One page of a list that is cut on the server: only the visible rows reach the HTML (a list
// of 500 reps rendered whole was 1.6 MB). A page past the end shows the last page.

export interface PageOf<T> {
  rows: T[];
  /** Rows on every page together. */
  matching: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The 1-based position of the page's first row (0 on an empty list). */
  first: number;
}

export function pageOf<T>(rows: readonly T[], requested: number, pageSize: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * pageSize;
  return {
    rows: rows.slice(start, start + pageSize),
    matching: rows.length,
    page,
    pageCount,
    pageSize,
    first: rows.length === 0 ? 0 : start + 1,
  };
}

/** `?page=3` (the first value when repeated); anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,6}$/.test(text)) return 1;
  return Math.max(1, Number(text));
}
