import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import type { LaggingTotals } from "@/lib/dashboard/lagging-view";
import { useFormatter } from "@/lib/i18n/formatter";

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
  const kindHeader = (kind: "leading" | "lagging", label: string) => (
    <ColumnHeader>
      <span className="block text-xs font-normal uppercase text-slate-600 dark:text-slate-400">
        {t(kind)}
      </span>
      {label}
    </ColumnHeader>
  );
  const lagging = (row: LeadingLaggingRow, value: string) =>
    row.lagging.weeksEntered === 0 ? t("notEntered") : value;
  return (
    <DataTable caption={caption} numeric>
      <TableHead>
        <tr>
          <ColumnHeader>{t("who")}</ColumnHeader>
          {kindHeader("leading", bookedLabel)}
          {kindHeader("leading", rateLabel)}
          {kindHeader("lagging", t("appointmentsHeld"))}
          {kindHeader("lagging", t("dealsWon"))}
          {kindHeader("lagging", t("revenueWon"))}
        </tr>
      </TableHead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id}>
            <RowHeader>{row.name}</RowHeader>
            <Cell>{format.number(row.booked)}</Cell>
            <Cell>{row.bookedRate}</Cell>
            <Cell>{lagging(row, format.number(row.lagging.appointmentsHeld))}</Cell>
            <Cell>{lagging(row, format.number(row.lagging.dealsWon))}</Cell>
            <Cell>
              {lagging(row, format.number(row.lagging.revenueWon, { style: "currency", currency }))}
            </Cell>
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
