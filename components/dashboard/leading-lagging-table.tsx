import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { LaggingTotals } from "@/lib/dashboard/lagging-view";

export interface LeadingLaggingRow {
  id: string;
  name: string;
  /** The leading count beside the results (appointments booked). */
  booked: number;
  bookedRate: ReactNode;
  lagging: LaggingTotals;
}

/** Activity and ratios (leading) beside what came of them later (lagging). */
export function LeadingLaggingTable({
  rows,
  caption,
  bookedLabel,
  rateLabel,
  currency,
}: {
  rows: LeadingLaggingRow[];
  caption: string;
  bookedLabel: string;
  rateLabel: string;
  currency: string;
}) {
  const t = useTranslations("dashboard.lagging");
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("who")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
                {t("leading")}
              </span>
              {bookedLabel}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
                {t("leading")}
              </span>
              {rateLabel}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
                {t("lagging")}
              </span>
              {t("appointmentsHeld")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
                {t("lagging")}
              </span>
              {t("dealsWon")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
                {t("lagging")}
              </span>
              {t("revenueWon")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-3 py-2 font-medium">
                {row.name}
              </th>
              <td className="px-3 py-2 tabular-nums">{format.number(row.booked)}</td>
              <td className="px-3 py-2 tabular-nums">{row.bookedRate}</td>
              <td className="px-3 py-2 tabular-nums">
                {row.lagging.weeksEntered === 0
                  ? t("notEntered")
                  : format.number(row.lagging.appointmentsHeld)}
              </td>
              <td className="px-3 py-2 tabular-nums">
                {row.lagging.weeksEntered === 0 ? t("notEntered") : format.number(row.lagging.dealsWon)}
              </td>
              <td className="px-3 py-2 tabular-nums">
                {row.lagging.weeksEntered === 0
                  ? t("notEntered")
                  : format.number(row.lagging.revenueWon, { style: "currency", currency })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
