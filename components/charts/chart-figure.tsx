"use client";
// A chart with its caption and the same numbers as a table, for screen readers and for anyone
// who wants the figures rather than the picture.
import { useFormatter, useTranslations } from "next-intl";
import type { ChartAxis, WeeklyChartData } from "./chart-data";
import { LazyWeeklyChart } from "./lazy-weekly-chart";

export interface ChartFigureProps {
  id: string;
  title: string;
  description?: string;
  data: WeeklyChartData;
  /** Row headers of the table: the full name of each week. */
  weekNames: string[];
}

export function ChartFigure({ id, title, description, data, weekNames }: ChartFigureProps) {
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
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">
          {t("showTable")}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-700">
                <th scope="col" className="py-1 pr-3">
                  {t("week")}
                </th>
                {data.series.map((series) => (
                  <th key={series.id} scope="col" className="py-1 pr-3 text-right">
                    {series.label}
                  </th>
                ))}
                {data.band ? (
                  <th scope="col" className="py-1 pr-3 text-right">
                    {data.band.label}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {weekNames.map((weekName, index) => (
                <tr key={weekName} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {weekName}
                  </th>
                  {data.series.map((series) => (
                    <td key={series.id} className="py-1 pr-3 text-right">
                      {show(series.axis, series.values[index])}
                    </td>
                  ))}
                  {data.band ? (
                    <td className="py-1 pr-3 text-right">
                      {data.band.lows[index] == null
                        ? t("noValue")
                        : t("range", {
                            low: show("percent", data.band.lows[index]),
                            high: show("percent", data.band.highs[index]),
                          })}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
