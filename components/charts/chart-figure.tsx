"use client";
// A chart with its caption and the same numbers as a table, for screen readers and for anyone
// who wants the figures rather than the picture.
import { useTranslations } from "next-intl";
import { Cell, ColumnHeader, DataTable, Row, RowHeader } from "@/components/ui/table";
import type { ChartAxis, WeeklyChartData } from "@/lib/dashboard/chart-data";
import { useFormatter } from "@/lib/i18n/formatter";
import { LazyWeeklyChart } from "./lazy-weekly-chart";

export interface ChartFigureProps {
  id: string;
  title: string;
  description?: string;
  /** A line under the chart (which weeks are marked, and why). */
  note?: string;
  data: WeeklyChartData;
  /** Row headers of the table: the full name of each week. */
  weekNames: string[];
}

export function ChartFigure({ id, title, description, note, data, weekNames }: ChartFigureProps) {
  const t = useTranslations("charts");
  const format = useFormatter();
  const show = (axis: ChartAxis, value: number | null | undefined) => {
    if (value == null) return t("noValue");
    if (axis === "percent") {
      return format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    }
    return format.number(value, { maximumFractionDigits: axis === "minutes" ? 2 : 1 });
  };
  const summary = t("summary", { title, weeks: data.weekLabels.length });
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
      <div className="mt-3" data-chart={id}>
        <LazyWeeklyChart data={data} summary={summary} />
      </div>
      {note ? (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300" data-chart-note={id}>
          <span aria-hidden="true">✱ </span>
          {note}
        </p>
      ) : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">
          {t("showTable")}
        </summary>
        <div className="mt-2">
          <DataTable caption={title} numeric framed={false}>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <ColumnHeader>{t("week")}</ColumnHeader>
                {data.series.map((series) => (
                  <ColumnHeader key={series.id} align="end">
                    {series.label}
                  </ColumnHeader>
                ))}
                {data.band ? <ColumnHeader align="end">{data.band.label}</ColumnHeader> : null}
              </tr>
            </thead>
            <tbody>
              {weekNames.map((weekName, index) => (
                <Row key={weekName}>
                  <RowHeader className="whitespace-nowrap font-normal">{weekName}</RowHeader>
                  {data.series.map((series) => (
                    <Cell key={series.id} align="end">
                      {show(series.axis, series.values[index])}
                    </Cell>
                  ))}
                  {data.band ? (
                    <Cell align="end" className="whitespace-nowrap">
                      {data.band.lows[index] == null
                        ? t("noValue")
                        : t("range", {
                            low: show(data.band.axis ?? "percent", data.band.lows[index]),
                            high: show(data.band.axis ?? "percent", data.band.highs[index]),
                          })}
                    </Cell>
                  ) : null}
                </Row>
              ))}
            </tbody>
          </DataTable>
        </div>
      </details>
    </figure>
  );
}
