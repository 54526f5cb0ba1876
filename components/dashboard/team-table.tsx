"use client";
// The team overview table: sortable, filterable by name and by current/departed, with the team
// total pooled over everyone (it never sorts or filters away).
import {
  type ColumnDef,
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Cell, DataTable, Row, RowHeader, SortableColumnHeader, TableHead } from "@/components/ui/table";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import type { KpiRow, TeamRow, TeamView } from "@/lib/dashboard/team-view";
import { RatioValue } from "./ratio-value";
import { TrendText } from "./trend-text";

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

type StatusFilter = "all" | "current" | "departed";

interface TeamTableProps {
  view: TeamView;
  labels: FunnelLabels;
  targetHalfWidth: number;
  /** "/o/demo/reps/": row names link to `${repPath}${memberId}?${periodQuery}`. */
  repPath: string;
  periodQuery: string;
  caption: string;
}

export function TeamTable({ view, labels, targetHalfWidth, repPath, periodQuery, caption }: TeamTableProps) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const filterId = useId();
  const [status, setStatus] = useState<StatusFilter>("current");
  const rows = useMemo(
    () =>
      status === "all" ? view.rows : view.rows.filter((row) => row.departed === (status === "departed")),
    [view.rows, status],
  );
  const primaryLabel = view.primaryRatioKey ? labels.ratios[view.primaryRatioKey] : undefined;

  const columns = useMemo<ColumnDef<typeof features, TeamRow>[]>(
    () => [
      {
        id: "name",
        accessorFn: (row) => row.name,
        header: () => t("columns.rep"),
        filterFn: "includesString",
        sortFn: "alphanumeric",
        cell: ({ row }) => (
          <>
            <Link
              href={`${repPath}${row.original.memberId}?${periodQuery}`}
              className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
            >
              {row.original.name}
            </Link>
            {row.original.departed ? (
              <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs dark:bg-slate-700">
                {t("departed")}
              </span>
            ) : null}
          </>
        ),
      },
      {
        id: "weeksWorked",
        accessorFn: (row) => row.weeksWorked,
        header: () => t("columns.weeksWorked"),
        sortFn: "basic",
        sortDescFirst: true,
        cell: ({ row }) => format.number(row.original.weeksWorked),
      },
      ...view.effortKeys.map(
        (key): ColumnDef<typeof features, TeamRow> => ({
          id: `total:${key}`,
          accessorFn: (row) => row.totals[key] ?? 0,
          header: () => labels.metrics[key] ?? key,
          sortFn: "basic",
          sortDescFirst: true,
          cell: ({ row }) => format.number(row.original.totals[key] ?? 0, { maximumFractionDigits: 1 }),
        }),
      ),
      ...view.ratioKeys.map(
        (key): ColumnDef<typeof features, TeamRow> => ({
          id: `ratio:${key}`,
          accessorFn: (row) => row.ratios[key]?.value ?? undefined,
          header: () => labels.ratios[key] ?? key,
          sortFn: "basic",
          sortDescFirst: true,
          sortUndefined: "last",
          cell: ({ row }) => (
            <RatioValue
              ratio={row.original.ratios[key]}
              unit={labels.units[row.original.ratios[key]?.denominatorKey ?? ""] ?? ""}
              targetHalfWidth={targetHalfWidth}
              compact
            />
          ),
        }),
      ),
      {
        id: "trend",
        accessorFn: (row) => row.trend?.change ?? undefined,
        header: () => t("columns.trend", { ratio: primaryLabel ?? "" }),
        sortFn: "basic",
        sortDescFirst: true,
        sortUndefined: "last",
        cell: ({ row }) => <TrendText trend={row.original.trend} ratioLabel={primaryLabel} />,
      },
    ],
    [view, labels, targetHalfWidth, repPath, periodQuery, primaryLabel, t, format],
  );

  const table = useTable({ features, columns, data: rows });
  const nameFilter = (table.getColumn("name")?.getFilterValue() as string | undefined) ?? "";

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <label className="text-sm font-medium" htmlFor={`${filterId}-name`}>
          {t("filterName")}
          <input
            id={`${filterId}-name`}
            type="search"
            value={nameFilter}
            onChange={(event) => table.getColumn("name")?.setFilterValue(event.target.value || undefined)}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          />
        </label>
        <label className="text-sm font-medium" htmlFor={`${filterId}-status`}>
          {t("filterStatus")}
          <select
            id={`${filterId}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="current">{t("statusFilter.current")}</option>
            <option value="departed">{t("statusFilter.departed")}</option>
            <option value="all">{t("statusFilter.all")}</option>
          </select>
        </label>
      </div>
      <DataTable caption={caption}>
        <TableHead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableColumnHeader
                  key={header.id}
                  sorted={header.column.getIsSorted()}
                  onSort={header.column.getToggleSortingHandler()}
                >
                  <table.FlexRender header={header} />
                </SortableColumnHeader>
              ))}
            </tr>
          ))}
        </TableHead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4 text-slate-600 dark:text-slate-400">
                {t("noRows")}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <Row key={row.id}>
                {row.getAllCells().map((cell, index) =>
                  index === 0 ? (
                    <RowHeader key={cell.id} className="font-normal">
                      <table.FlexRender cell={cell} />
                    </RowHeader>
                  ) : (
                    <Cell key={cell.id} className="tabular-nums">
                      <table.FlexRender cell={cell} />
                    </Cell>
                  ),
                )}
              </Row>
            ))
          )}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50">
          <TotalRow
            total={view.total}
            view={view}
            labels={labels}
            targetHalfWidth={targetHalfWidth}
            primaryLabel={primaryLabel}
          />
        </tfoot>
      </DataTable>
    </div>
  );
}

function TotalRow({
  total,
  view,
  labels,
  targetHalfWidth,
  primaryLabel,
}: {
  total: KpiRow;
  view: TeamView;
  labels: FunnelLabels;
  targetHalfWidth: number;
  primaryLabel: string | undefined;
}) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <tr className="align-top font-medium">
      <RowHeader>{t("teamTotal")}</RowHeader>
      <Cell className="tabular-nums">{format.number(total.weeksWorked)}</Cell>
      {view.effortKeys.map((key) => (
        <Cell key={key} className="tabular-nums">
          {format.number(total.totals[key] ?? 0, { maximumFractionDigits: 1 })}
        </Cell>
      ))}
      {view.ratioKeys.map((key) => (
        <Cell key={key}>
          <RatioValue
            ratio={total.ratios[key]}
            unit={labels.units[total.ratios[key]?.denominatorKey ?? ""] ?? ""}
            targetHalfWidth={targetHalfWidth}
            compact
          />
        </Cell>
      ))}
      <Cell>
        <TrendText trend={total.trend} ratioLabel={primaryLabel} />
      </Cell>
    </tr>
  );
}
