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
import {
  Cell,
  ColumnHeader,
  DataTable,
  Row,
  RowHeader,
  SortableColumnHeader,
  TableHead,
} from "@/components/ui/table";
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
    <DataTable caption={caption}>
      <TableHead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <SortableColumnHeader
                key={header.id}
                sorted={header.column.getIsSorted()}
                onSort={header.column.getCanSort() ? header.column.getToggleSortingHandler() : undefined}
                className="whitespace-nowrap"
              >
                <table.FlexRender header={header} />
              </SortableColumnHeader>
            ))}
            <ColumnHeader className="whitespace-nowrap align-bottom">{t("reminderColumn")}</ColumnHeader>
          </tr>
        ))}
      </TableHead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <Row key={row.id}>
            {row.getAllCells().map((cell, index) =>
              index === 0 ? (
                <RowHeader key={cell.id} className="font-normal">
                  <table.FlexRender cell={cell} />
                </RowHeader>
              ) : (
                <Cell key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Cell>
              ),
            )}
            {/* Outside the table model, so that a reminder's outcome survives the table's re-renders. */}
            <Cell>
              {row.original.weeks[reminderWeek] === "missing" ? (
                <ReminderButton
                  key={`${row.original.memberId}:${reminderWeek}`}
                  orgSlug={orgSlug}
                  memberId={row.original.memberId}
                  name={row.original.name}
                  week={reminderWeek}
                />
              ) : null}
            </Cell>
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
