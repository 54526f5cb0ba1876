import "server-only";
// Reading a table a page at a time, in key order, for the downloads that write an
// organization's whole history: memory holds one page of rows, not 78,000 (500 reps x 156
// weeks) plus their JSON. Keyset paging (the rows after the last one's key), so each page is
// an index range, not an OFFSET that rereads the rows before it.
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { type AnyPgColumn, getTableConfig, type PgTable } from "drizzle-orm/pg-core";

export const PAGE_ROWS = 2000;

/** The row a select of these (not-null) columns returns, to type a page before the query. */
export type RowOf<Columns extends Record<string, { _: { data: unknown } }>> = {
  [K in keyof Columns]: Columns[K]["_"]["data"];
};

/** Pages of `fetch(after, limit)` until one comes back short; `after` is the last row read. */
export async function* inPages<T>(
  fetch: (after: T | null, limit: number) => Promise<T[]>,
  pageRows = PAGE_ROWS,
): AsyncGenerator<T[]> {
  let after: T | null = null;
  for (;;) {
    const page = await fetch(after, pageRows);
    if (page.length > 0) yield page;
    if (page.length < pageRows) return;
    after = page[page.length - 1] as T;
  }
}

/** `(a, b, c) > (x, y, z)`: the rows after a key, each value cast to its column's type. */
export function after(columns: readonly AnyPgColumn[], values: readonly unknown[]): SQL {
  const typed = values.map(
    (value, i) =>
      sql`${value instanceof Date ? value.toISOString() : value}::${sql.raw(columns[i]!.getSQLType())}`,
  );
  return sql`(${sql.join([...columns], sql`, `)}) > (${sql.join(typed, sql`, `)})`;
}

/** A table's primary key as [property name, column] pairs, in key order. */
export function primaryKeyOf(table: PgTable): [string, AnyPgColumn][] {
  const byName = new Map(
    Object.entries(getTableColumns(table)).map(
      ([property, column]) => [column.name, [property, column]] as const,
    ),
  );
  const config = getTableConfig(table);
  // A composite key names its columns (as stand-ins: look the table's own up by name).
  const names = (config.primaryKeys[0]?.columns ?? config.columns.filter((column) => column.primary)).map(
    (column) => column.name,
  );
  if (names.length === 0) throw new Error(`${config.name} has no primary key`);
  return names.map((name) => byName.get(name) as [string, AnyPgColumn]);
}
