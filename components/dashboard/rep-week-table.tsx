import { useTranslations } from "next-intl";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import type { RepWeek } from "@/lib/dashboard/rep-view";
import { useFormatter } from "@/lib/i18n/formatter";
import { own } from "@/lib/kpi/user-keys";

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
  const tNumbers = useTranslations("numbers");
  const format = useFormatter();
  return (
    <DataTable caption={caption} numeric>
      <TableHead>
        <tr>
          <ColumnHeader>{t("week")}</ColumnHeader>
          {countKeys.map((key) => (
            <ColumnHeader key={key} align="end">
              {own(labels, key) ?? key}
            </ColumnHeader>
          ))}
          <ColumnHeader align="end">{t("appointmentsHeld")}</ColumnHeader>
          <ColumnHeader align="end">{t("dealsWon")}</ColumnHeader>
          <ColumnHeader align="end">{t("revenueWon")}</ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {weeks.map((week, index) => (
          <Row key={week.week} className="align-baseline">
            <RowHeader className="whitespace-nowrap font-normal">
              {weekNames[index]}
              {week.status !== "worked" ? (
                <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                  {t(`status.${week.status}`)}
                </span>
              ) : null}
            </RowHeader>
            {countKeys.map((key) => (
              <Cell key={key} align="end">
                {week.totals === null ? (
                  "–"
                ) : own(week.totals, key) === undefined ? (
                  <span title={tNumbers("notRecorded")}>
                    –<span className="sr-only"> {tNumbers("notRecorded")}</span>
                  </span>
                ) : (
                  format.number(own(week.totals, key) ?? 0)
                )}
              </Cell>
            ))}
            <Cell align="end">{week.lagging ? format.number(week.lagging.appointmentsHeld) : "–"}</Cell>
            <Cell align="end">{week.lagging ? format.number(week.lagging.dealsWon) : "–"}</Cell>
            <Cell align="end">
              {week.lagging ? format.number(week.lagging.revenueWon, { style: "currency", currency }) : "–"}
            </Cell>
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
