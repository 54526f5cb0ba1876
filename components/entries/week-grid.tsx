"use client";
// Rep x week: who filled in which week. Managers open a cell to enter or correct that week,
// and remind whoever has not filled in last week.
import {
  type ColumnDef,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { ReminderButton } from "./reminder-button";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});

export type GridStatus = "filled" | "notWorked" | "missing";

export interface GridRow {
  memberId: string;
  name: string;
  email: string;
  invited: boolean;
  /** ISO week -> status, for every week of the grid. */
  weeks: Record<string, GridStatus>;
}

interface WeekGridProps {
  orgSlug: string;
  rows: GridRow[];
  /** Oldest first. */
  weeks: string[];
  /** The week reminders are for (last week). */
  reminderWeek: string;
  caption: string;
}

const CELL_STYLE: Record<GridStatus, string> = {
  filled: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-100",
  notWorked: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  missing: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100",
};
const CELL_MARK: Record<GridStatus, string> = { filled: "✓", notWorked: "–", missing: "?" };

export function WeekGrid({ orgSlug, rows, weeks, reminderWeek, caption }: WeekGridProps) {
  const t = useTranslations("weekly.grid");
  const columns = useMemo<ColumnDef<typeof features, GridRow>[]>(
    () => [
      {
        id: "name",
        accessorFn: (row) => row.name,
        header: () => t("person"),
        sortFn: "alphanumeric",
        cell: ({ row }) => (
          <>
            <span className="font-medium">{row.original.name}</span>
            {row.original.invited ? (
              <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">
                {t("invited")}
              </span>
            ) : null}
            <span className="block text-xs text-slate-600 dark:text-slate-400">{row.original.email}</span>
          </>
        ),
      },
      ...weeks.map(
        (week): ColumnDef<typeof features, GridRow> => ({
          id: week,
          // Missing weeks sort first when sorting ascending: who still has to fill in.
          accessorFn: (row) => (row.weeks[week] === "missing" ? 0 : 1),
          header: () => week,
          sortFn: "basic",
          cell: ({ row }) => {
            const status = row.original.weeks[week] ?? "missing";
            return (
              <Link
                href={`/o/${orgSlug}/week?week=${week}&member=${row.original.memberId}`}
                aria-label={t("cellLabel", { name: row.original.name, week, status: t(`cell.${status}`) })}
                className={`inline-flex min-w-16 justify-center rounded px-2 py-1 text-xs font-semibold ${CELL_STYLE[status]}`}
              >
                <span aria-hidden="true">{CELL_MARK[status]}</span>
                <span className="ml-1" aria-hidden="true">
                  {t(`cell.${status}`)}
                </span>
              </Link>
            );
          },
        }),
      ),
    ],
    [orgSlug, weeks, t],
  );
  const table = useTable({ features, columns, data: rows });

  if (rows.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const sortable = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className="whitespace-nowrap px-3 py-2 align-bottom"
                  >
                    {sortable ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-end gap-1 font-semibold hover:underline"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="text-slate-500">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      <span className="font-semibold">
                        <table.FlexRender header={header} />
                      </span>
                    )}
                  </th>
                );
              })}
              <th scope="col" className="whitespace-nowrap px-3 py-2 align-bottom font-semibold">
                {t("reminderColumn")}
              </th>
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top dark:border-slate-800">
              {row.getAllCells().map((cell, index) =>
                index === 0 ? (
                  <th key={cell.id} scope="row" className="px-3 py-2 font-normal">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} className="px-3 py-2">
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
              {/* Outside the table model, so that a reminder's outcome survives the table's re-renders. */}
              <td className="px-3 py-2">
                {row.original.weeks[reminderWeek] === "missing" ? (
                  <ReminderButton
                    key={`${row.original.memberId}:${reminderWeek}`}
                    orgSlug={orgSlug}
                    memberId={row.original.memberId}
                    name={row.original.name}
                    week={reminderWeek}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
