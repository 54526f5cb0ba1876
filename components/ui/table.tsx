import type { ComponentProps, ReactNode } from "react";
import { EmptyNote } from "./empty-state";
import { SortButton } from "./sort-button";

// One look for every data table, and one place for what tables owe keyboard and
// screen-reader users: a caption, header cells with a scope, and a scrolling frame that can
// be reached by keyboard when a table is wider than a phone.

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/**
 * A captioned table in a frame that scrolls sideways when the table is wider than the
 * screen. A scrolling region must be reachable by keyboard even when nothing inside it
 * takes focus (axe: scrollable-region-focusable), so the frame is a focusable region named
 * by the caption; arrow keys then scroll it.
 */
export function DataTable({
  caption,
  children,
  numeric,
  framed = true,
}: {
  /** Read by screen readers and names the scrolling region; not shown. */
  caption: string;
  children: ReactNode;
  /** Figures line up: tabular digits in every cell. */
  numeric?: boolean;
  /** Without a border, for a table inside a card or figure that draws its own. */
  framed?: boolean;
}) {
  return (
    <section
      aria-label={caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      // relative: screen-reader-only text inside (captions, labels) is positioned absolutely;
      // without a positioned frame it escapes the scrolling and widens the whole page.
      className={join(
        "relative overflow-x-auto",
        framed && "rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900",
      )}
    >
      <table className={join("w-full text-left text-sm", numeric && "tabular-nums")}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/**
 * The first column stays in view while a wide table scrolls sideways (the name a row is
 * about): for its body cells and, on the header's background, for its header cell.
 */
export const STICKY_FIRST_CELL = "sticky left-0 z-10 bg-white dark:bg-slate-900";
export const STICKY_FIRST_HEADER = "sticky left-0 z-10 bg-slate-100 dark:bg-slate-800";

/** The header rows. */
export function TableHead({ children }: { children: ReactNode }) {
  return <thead className="bg-slate-100 dark:bg-slate-800">{children}</thead>;
}

/** A body row, ruled from the one above. */
export function Row({ className, ...props }: ComponentProps<"tr">) {
  return (
    <tr className={join("border-t border-slate-200 align-top dark:border-slate-800", className)} {...props} />
  );
}

/** The header of a table whose columns neither sort nor align: one row of plain column headers. */
export function TableHeadRow({ labels }: { labels: readonly string[] }) {
  return (
    <TableHead>
      <tr>
        {labels.map((label, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of columns; two may share a name
          <ColumnHeader key={index}>{label}</ColumnHeader>
        ))}
      </tr>
    </TableHead>
  );
}

/**
 * A list drawn as a table with one row of plain column headers, one body row per item
 * (`children` draws it, with its key); with no items, a note that says the list is empty.
 */
export function ListTable<T>({
  items,
  empty,
  caption,
  columns,
  children,
}: {
  items: readonly T[];
  empty: ReactNode;
  caption: string;
  columns: readonly string[];
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <EmptyNote>{empty}</EmptyNote>;
  return (
    <DataTable caption={caption}>
      <TableHeadRow labels={columns} />
      <tbody>{items.map((item) => children(item))}</tbody>
    </DataTable>
  );
}

type CellProps = { align?: "start" | "end" };

/** A column's header; `align="end"` for figures. */
export function ColumnHeader({
  align,
  className,
  ...props
}: Omit<ComponentProps<"th">, "align"> & CellProps) {
  return (
    <th scope="col" className={join("px-3 py-2", align === "end" && "text-right", className)} {...props} />
  );
}

/** The first cell of a row, naming it for screen readers. */
export function RowHeader({ align, className, ...props }: Omit<ComponentProps<"th">, "align"> & CellProps) {
  return (
    <th
      scope="row"
      className={join("px-3 py-2 font-medium", align === "end" && "text-right", className)}
      {...props}
    />
  );
}

/** A data cell; `align="end"` for figures. */
export function Cell({ align, className, ...props }: Omit<ComponentProps<"td">, "align"> & CellProps) {
  return <td className={join("px-3 py-2", align === "end" && "text-right", className)} {...props} />;
}

const SORT_BUTTON = "inline-flex items-end gap-1 text-left font-semibold hover:underline";

/**
 * A column's header that sorts the table when pressed, and tells assistive technology
 * which way it is sorted. `onSort` sorts in the browser; `sortHref` is the address of the
 * sorted table when the server sorts (the team table). Without either the column does not sort.
 */
export function SortableColumnHeader({
  sorted,
  onSort,
  sortHref,
  dense = false,
  className,
  children,
}: {
  sorted: false | "asc" | "desc";
  onSort?: (event: unknown) => void;
  sortHref?: string;
  /** Less padding, for a wide table that should still fit a laptop screen (the team table). */
  dense?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const arrow = (
    <span aria-hidden="true" className="text-slate-500">
      {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
    </span>
  );
  return (
    <th
      scope="col"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
      className={join(dense ? "px-2 py-2 align-bottom" : "px-3 py-2 align-bottom", className)}
    >
      {sortHref ? (
        <SortButton href={sortHref} className={SORT_BUTTON}>
          {/* One block, so a note under the label (enough data in n of m) stacks under it. */}
          <span>{children}</span>
          {arrow}
        </SortButton>
      ) : onSort ? (
        <button type="button" onClick={onSort} className={SORT_BUTTON}>
          <span>{children}</span>
          {arrow}
        </button>
      ) : (
        <span className="font-semibold">{children}</span>
      )}
    </th>
  );
}
