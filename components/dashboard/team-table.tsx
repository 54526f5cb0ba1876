// The team overview table, rendered on the server one page at a time: filtered by name and by
// current/departed, sorted by any column, all in the URL (lib/dashboard/team-table-view.ts),
// with the team total pooled over everyone (it never sorts, filters or pages away).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RowBadge } from "@/components/ui/badge";
import { RowsPager } from "@/components/ui/pager";
import {
  Cell,
  DataTable,
  Row,
  RowHeader,
  SortableColumnHeader,
  STICKY_FIRST_CELL,
  STICKY_FIRST_HEADER,
  TableHead,
} from "@/components/ui/table";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import {
  type EnoughInColumn,
  sortedBy,
  type TeamTablePage,
  type TeamTableQuery,
  teamColumnIds,
  teamTableParams,
} from "@/lib/dashboard/team-table-view";
import type { KpiRow, TeamView } from "@/lib/dashboard/team-view";
import { useFormatter } from "@/lib/i18n/formatter";
import { own } from "@/lib/kpi/user-keys";
import { RatioValue } from "./ratio-value";
import { TeamTableFilters } from "./team-table-filters";
import { TrendText } from "./trend-text";

interface TeamTableProps {
  view: TeamView;
  page: TeamTablePage;
  query: TeamTableQuery;
  labels: FunnelLabels;
  relativePrecision: number;
  /** "/o/demo/team": the table's own address. */
  basePath: string;
  /** "/o/demo/reps/": row names link to `${repPath}${memberId}?${periodQuery}`. */
  repPath: string;
  periodQuery: string;
  caption: string;
}

export function TeamTable({
  view,
  page,
  query,
  labels,
  relativePrecision,
  basePath,
  repPath,
  periodQuery,
  caption,
}: TeamTableProps) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const primaryLabel = view.primaryRatioKey ? labels.ratios[view.primaryRatioKey] : undefined;
  const href = (next: TeamTableQuery) => {
    const params = new URLSearchParams(periodQuery);
    for (const [key, value] of Object.entries(teamTableParams(next))) params.set(key, value);
    return `${basePath}?${params}`;
  };
  const keep = Object.fromEntries(new URLSearchParams(periodQuery));
  if (query.sort !== null) Object.assign(keep, { sort: query.sort, dir: query.dir });

  const header = (column: string) => {
    if (column === "name") return t("columns.rep");
    if (column === "weeksWorked") return t("columns.weeksWorked");
    if (column === "trend") return t("columns.trend", { ratio: primaryLabel ?? "" });
    const key = column.slice(6);
    if (column.startsWith("total:")) return own(labels.metrics, key) ?? key;
    return (
      <>
        {labels.ratios[key] ?? key}
        <EnoughDataInColumn counts={page.enoughByRatio[key]} />
      </>
    );
  };
  const columns = teamColumnIds(view);

  return (
    <div className="space-y-3">
      <TeamTableFilters basePath={basePath} keep={keep} q={query.q} status={query.status} />
      <DataTable caption={caption}>
        <TableHead>
          <tr>
            {columns.map((column, index) => (
              <SortableColumnHeader
                key={column}
                sorted={query.sort === column ? query.dir : false}
                sortHref={href(sortedBy(query, column))}
                dense
                className={index === 0 ? STICKY_FIRST_HEADER : undefined}
              >
                {header(column)}
              </SortableColumnHeader>
            ))}
          </tr>
        </TableHead>
        <tbody>
          {page.rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-4 text-slate-600 dark:text-slate-400">
                {t("noRows")}
              </td>
            </tr>
          ) : (
            page.rows.map((row) => (
              <Row key={row.memberId}>
                <RowHeader className={`font-normal ${STICKY_FIRST_CELL}`}>
                  <Link
                    href={`${repPath}${row.memberId}?${periodQuery}`}
                    prefetch={false}
                    className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                  >
                    {row.name}
                  </Link>
                  {row.departed ? <RowBadge>{t("departed")}</RowBadge> : null}
                </RowHeader>
                <Cell className="px-2 tabular-nums">{format.number(row.weeksWorked)}</Cell>
                <EffortCells keys={view.effortKeys} totals={row.totals} className="px-2 tabular-nums" />
                {view.ratioKeys.map((key) => (
                  <Cell key={key} className="px-2 tabular-nums">
                    {/* The enough-data verdict is said once, in the column's header, not in every cell. */}
                    <RatioValue
                      ratio={row.ratios[key]}
                      unit={labels.units[row.ratios[key]?.denominatorKey ?? ""] ?? ""}
                      relativePrecision={relativePrecision}
                      compact
                      verdict={false}
                    />
                  </Cell>
                ))}
                <Cell className="px-2 tabular-nums">
                  <TrendText trend={row.trend} ratioLabel={primaryLabel} />
                </Cell>
              </Row>
            ))
          )}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-800/50">
          <TotalRow
            total={view.total}
            view={view}
            labels={labels}
            relativePrecision={relativePrecision}
            primaryLabel={primaryLabel}
          />
        </tfoot>
      </DataTable>
      <RowsPager
        label={t("teamPages.label")}
        status={(range) => t("teamPages.showing", range)}
        page={page}
        hrefFor={(number) => href({ ...query, page: number })}
      />
    </div>
  );
}

function TotalRow({
  total,
  view,
  labels,
  relativePrecision,
  primaryLabel,
}: {
  total: KpiRow;
  view: TeamView;
  labels: FunnelLabels;
  relativePrecision: number;
  primaryLabel: string | undefined;
}) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <tr className="align-top font-medium">
      <RowHeader className="sticky left-0 z-10 bg-slate-50 dark:bg-slate-800">{t("teamTotal")}</RowHeader>
      <Cell className="tabular-nums">{format.number(total.weeksWorked)}</Cell>
      <EffortCells keys={view.effortKeys} totals={total.totals} className="tabular-nums" />
      {view.ratioKeys.map((key) => (
        <Cell key={key}>
          <RatioValue
            ratio={total.ratios[key]}
            unit={labels.units[total.ratios[key]?.denominatorKey ?? ""] ?? ""}
            relativePrecision={relativePrecision}
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

/** A row's totals of the effort metrics, one cell each (0 where none was recorded). */
function EffortCells({
  keys,
  totals,
  className,
}: {
  keys: readonly string[];
  totals: KpiRow["totals"];
  className: string;
}) {
  const format = useFormatter();
  return keys.map((key) => (
    <Cell key={key} className={className}>
      {format.number(own(totals, key) ?? 0, { maximumFractionDigits: 1 })}
    </Cell>
  ));
}

/** How many rows of a ratio column have enough data, said once under its header. */
function EnoughDataInColumn({ counts }: { counts: EnoughInColumn | undefined }) {
  const t = useTranslations("tables");
  if (!counts || counts.total === 0) return null;
  return (
    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
      <span aria-hidden="true">{counts.enough === counts.total ? "✓ " : "◔ "}</span>
      {t("enoughDataInColumn", { count: counts.enough, total: counts.total })}
    </span>
  );
}
