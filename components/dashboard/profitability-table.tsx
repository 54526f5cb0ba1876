import { useTranslations } from "next-intl";
import {
  Cell,
  ColumnHeader,
  DataTable,
  Row,
  RowHeader,
  STICKY_FIRST_CELL,
  STICKY_FIRST_HEADER,
  TableHead,
} from "@/components/ui/table";
import type { ProfitabilityRow } from "@/lib/dashboard/profitability-view";
import { useFormatter } from "@/lib/i18n/formatter";
import type { PayChange } from "@/lib/kpi/profitability";

/**
 * Cost against value per rep. An incomplete cost or value says so in words next to the
 * number (colour only repeats it); a rep without pay says that instead of a number.
 */
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
  const payNow = (pay: PayChange[]) => {
    const current = pay.at(-1);
    if (!current) return t("costNone");
    return t(current.kind === "hourly" ? "costHourly" : "costMonthly", { amount: money(current.amount) });
  };
  const note = "block text-xs text-amber-900 dark:text-amber-200";
  const basis = "block text-xs text-slate-600 dark:text-slate-400";
  return (
    <DataTable caption={caption} numeric>
      <TableHead>
        <tr>
          <ColumnHeader className={STICKY_FIRST_HEADER}>{t("rep")}</ColumnHeader>
          <ColumnHeader>{t("cost")}</ColumnHeader>
          <ColumnHeader align="end">{t("periodCost")}</ColumnHeader>
          <ColumnHeader align="end">{t("value")}</ColumnHeader>
          <ColumnHeader align="end">{t("valueToCost")}</ColumnHeader>
          <ColumnHeader align="end">{t("breakEven")}</ColumnHeader>
          <ColumnHeader>{t("payback")}</ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {rows.map(({ person, pay, money: m }) => (
          <Row key={person.id}>
            <RowHeader className={STICKY_FIRST_CELL}>{person.name}</RowHeader>
            <Cell className="whitespace-nowrap">{payNow(pay)}</Cell>
            {m === null ? (
              <Cell colSpan={5} className="text-amber-900 dark:text-amber-200">
                <span aria-hidden="true">◔ </span>
                {t("missing.cost")}
              </Cell>
            ) : (
              <>
                <Cell align="end" data-cost-complete={String(m.costComplete)}>
                  {money(m.cost)}
                  <span className={basis}>{t("weeksEmployed", { weeks: m.weeksEmployed })}</span>
                  {m.weeksWithoutHours > 0 ? (
                    <span className={note}>{t("incompleteHours", { weeks: m.weeksWithoutHours })}</span>
                  ) : null}
                  {m.weeksWithoutPay > 0 ? (
                    <span className={note}>{t("incompletePay", { weeks: m.weeksWithoutPay })}</span>
                  ) : null}
                </Cell>
                <Cell align="end" data-value-basis={m.valueBasis}>
                  {money(m.value)}
                  <span className={basis}>{t(`basis.${m.valueBasis}`)}</span>
                  {m.valueComplete ? null : <span className={note}>{t("incompleteValue")}</span>}
                </Cell>
                <Cell align="end">
                  {m.valueToCost === null
                    ? t("none")
                    : t(m.costComplete ? "valueToCostValue" : "valueToCostAtMost", {
                        value: decimal(m.valueToCost, 2),
                      })}
                </Cell>
                <Cell align="end">{decimal(m.breakEvenAppointmentsPerWeek)}</Cell>
                <Cell>
                  {m.paybackTenureWeek === null
                    ? t("paybackNotYet", { weeks: Math.max(0, m.tenureAtEnd) })
                    : t("paybackWeek", { week: m.paybackTenureWeek })}
                </Cell>
              </>
            )}
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
