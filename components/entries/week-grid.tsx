// Rep x week: who filled in which week. Managers open a cell to enter or correct that week,
// and remind whoever has not filled in last week. Sorted and paged on the server
// (lib/entries/week-grid-view.ts): the headers and the pager are links.
import { useTranslations } from "next-intl";
import { RowBadge } from "@/components/ui/badge";
import { RowsPager } from "@/components/ui/pager";
import {
  Cell,
  ColumnHeader,
  DataTable,
  Row,
  RowHeader,
  SortableColumnHeader,
  STICKY_FIRST_CELL,
  STICKY_FIRST_HEADER,
  TableHead,
} from "@/components/ui/table";
import type { WeekStatus } from "@/lib/entries/expected-weeks";
import { type GridQuery, type GridRow, gridParams, gridSortedBy } from "@/lib/entries/week-grid-view";
import type { PageOf } from "@/lib/paging";
import { ReminderButton } from "./reminder-button";

interface WeekGridProps {
  orgSlug: string;
  page: PageOf<GridRow>;
  query: GridQuery;
  /** Oldest first. */
  weeks: string[];
  /** The week reminders are for (last week). */
  reminderWeek: string;
  caption: string;
}

const CELL_STYLE: Record<WeekStatus, string> = {
  filled: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-100",
  notWorked: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  missing: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100",
  open: "bg-white text-slate-700 dark:bg-slate-900 dark:text-slate-300",
  notExpected: "bg-white text-slate-500 dark:bg-slate-900 dark:text-slate-400",
};
const CELL_MARK: Record<WeekStatus, string> = {
  filled: "✓",
  notWorked: "–",
  missing: "?",
  open: "…",
  notExpected: "",
};

export function WeekGrid({ orgSlug, page, query, weeks, reminderWeek, caption }: WeekGridProps) {
  const t = useTranslations("weekly.grid");
  if (page.matching === 0) return <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  const href = (next: GridQuery) => {
    const params = new URLSearchParams(gridParams(next)).toString();
    return `/o/${orgSlug}/weeks${params ? `?${params}` : ""}`;
  };
  const sortedAs = (column: string) => (query.sort === column ? query.dir : false);
  // Newest week first: on a phone the week to remind about is in view beside the name.
  const columns = [...weeks].reverse();
  return (
    <div className="space-y-3">
      <DataTable caption={caption}>
        <TableHead>
          <tr>
            <SortableColumnHeader
              sorted={sortedAs("name")}
              sortHref={href(gridSortedBy(query, "name"))}
              className={`whitespace-nowrap ${STICKY_FIRST_HEADER}`}
            >
              {t("person")}
            </SortableColumnHeader>
            <ColumnHeader className="whitespace-nowrap align-bottom">{t("reminderColumn")}</ColumnHeader>
            {columns.map((week) => (
              <SortableColumnHeader
                key={week}
                sorted={sortedAs(week)}
                sortHref={href(gridSortedBy(query, week))}
                className="whitespace-nowrap"
              >
                {week}
              </SortableColumnHeader>
            ))}
          </tr>
        </TableHead>
        <tbody>
          {page.rows.map((row) => (
            <Row key={row.memberId}>
              <RowHeader className={`font-normal ${STICKY_FIRST_CELL}`}>
                <span className="font-medium">{row.name}</span>
                {row.invited ? <RowBadge>{t("invited")}</RowBadge> : null}
                <span className="block text-xs text-slate-600 dark:text-slate-400">{row.email}</span>
              </RowHeader>
              <Cell>
                {row.weeks[reminderWeek] === "missing" ? (
                  <ReminderButton
                    key={`${row.memberId}:${reminderWeek}`}
                    orgSlug={orgSlug}
                    memberId={row.memberId}
                    name={row.name}
                    week={reminderWeek}
                  />
                ) : null}
              </Cell>
              {columns.map((week) => {
                const status = row.weeks[week] ?? "missing";
                return (
                  <Cell key={week} className="px-1.5 lg:px-3">
                    {/* A plain link, not next/link: hundreds of cells would each be a client
                        component to render, and each would prefetch the week form on sight. */}
                    <a
                      href={`/o/${orgSlug}/week?week=${week}&member=${row.memberId}`}
                      className={`inline-flex justify-center rounded px-1.5 py-1 text-xs font-semibold lg:min-w-16 ${CELL_STYLE[status]}`}
                    >
                      <span aria-hidden="true">{CELL_MARK[status]}</span>
                      <span className="ml-1 hidden lg:inline" aria-hidden="true">
                        {t(`cell.${status}`)}
                      </span>
                      {/* The link's name: who, which week and its state (the mark is decoration). */}
                      <span className="sr-only">
                        {t("cellLabel", { name: row.name, week, status: t(`cell.${status}`) })}
                      </span>
                    </a>
                  </Cell>
                );
              })}
            </Row>
          ))}
        </tbody>
      </DataTable>
      <RowsPager
        label={t("pages")}
        status={(range) => t("showing", range)}
        page={page}
        hrefFor={(number) => href({ ...query, page: number })}
      />
    </div>
  );
}
