import { useFormatter, useTranslations } from "next-intl";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import type { ProfitabilityRow } from "@/lib/dashboard/profitability-view";
import type { CostModel } from "@/lib/kpi/profitability";

/** Cost against value per rep; a row that lacks a cost or a value says which, in words. */
export function ProfitabilityTable({
  rows,
  currency,
  caption,
}: {
  rows: ProfitabilityRow[];
  currency: string;
  caption: string;
}) {
  const t = useTranslations("profitability");
  const format = useFormatter();
  const money = (amount: number) => format.number(amount, { style: "currency", currency });
  const decimal = (value: number | null, digits = 1) =>
    value === null ? t("none") : format.number(value, { maximumFractionDigits: digits });
  const pay = (cost: CostModel | null) =>
    cost === null
      ? t("costNone")
      : cost.kind === "hourly"
        ? t("costHourly", { amount: money(cost.ratePerHour) })
        : t("costMonthly", { amount: money(cost.perMonth) });
  return (
    <DataTable caption={caption} numeric>
      <TableHead>
        <tr>
          <ColumnHeader>{t("rep")}</ColumnHeader>
          <ColumnHeader>{t("cost")}</ColumnHeader>
          <ColumnHeader align="end">{t("periodCost")}</ColumnHeader>
          <ColumnHeader align="end">{t("value")}</ColumnHeader>
          <ColumnHeader align="end">{t("costPerAppointment")}</ColumnHeader>
          <ColumnHeader align="end">{t("valueToCost")}</ColumnHeader>
          <ColumnHeader align="end">{t("breakEven")}</ColumnHeader>
          <ColumnHeader>{t("payback")}</ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.person.id}>
            <RowHeader>{row.person.name}</RowHeader>
            <Cell className="whitespace-nowrap">{pay(row.cost)}</Cell>
            {row.kind === "missing" ? (
              <Cell colSpan={6} className="text-amber-900 dark:text-amber-200">
                <span aria-hidden="true">◔ </span>
                {t(`missing.${row.missing}`)}
              </Cell>
            ) : (
              <>
                <Cell align="end">{money(row.money.totalCost)}</Cell>
                <Cell align="end">
                  {money(row.money.totalValue)}
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {t(`source.${row.money.valueSource}`)}
                  </span>
                </Cell>
                <Cell align="end">
                  {row.money.costPerAppointment === null ? t("none") : money(row.money.costPerAppointment)}
                </Cell>
                <Cell align="end">
                  {row.money.valueToCost === null
                    ? t("none")
                    : t("valueToCostValue", { value: decimal(row.money.valueToCost, 2) })}
                </Cell>
                <Cell align="end">{decimal(row.money.breakEvenAppointmentsPerWeek)}</Cell>
                <Cell>
                  {row.paybackWeek === null
                    ? t("paybackNotYet", { weeks: row.tenureNow })
                    : t("paybackWeek", { week: row.paybackWeek })}
                </Cell>
              </>
            )}
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
