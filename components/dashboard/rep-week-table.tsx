import { useFormatter, useTranslations } from "next-intl";
import type { RepWeek } from "@/lib/dashboard/rep-view";

/** Week by week: the effort logged (leading) beside the results entered later (lagging). */
export function RepWeekTable({
  weeks,
  weekNames,
  countKeys,
  labels,
  currency,
  caption,
}: {
  weeks: RepWeek[];
  weekNames: string[];
  countKeys: string[];
  labels: Record<string, string>;
  currency: string;
  caption: string;
}) {
  const t = useTranslations("dashboard.lagging");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("week")}
            </th>
            {countKeys.map((key) => (
              <th key={key} scope="col" className="px-3 py-2 text-right">
                {labels[key] ?? key}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right">
              {t("appointmentsHeld")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("dealsWon")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("revenueWon")}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr key={week.week} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="px-3 py-2 font-normal">
                {weekNames[index]}
                {week.status !== "worked" ? (
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                    {t(`status.${week.status}`)}
                  </span>
                ) : null}
              </th>
              {countKeys.map((key) => (
                <td key={key} className="px-3 py-2 text-right">
                  {week.totals ? format.number(week.totals[key] ?? 0) : "–"}
                </td>
              ))}
              <td className="px-3 py-2 text-right">
                {week.lagging ? format.number(week.lagging.appointmentsHeld) : "–"}
              </td>
              <td className="px-3 py-2 text-right">
                {week.lagging ? format.number(week.lagging.dealsWon) : "–"}
              </td>
              <td className="px-3 py-2 text-right">
                {week.lagging ? format.number(week.lagging.revenueWon, { style: "currency", currency }) : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
