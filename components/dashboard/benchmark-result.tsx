import { useFormatter, useTranslations } from "next-intl";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { DEFAULT_MINIMUM_DENOMINATOR, type TenureComparison, type TenureSide } from "@/lib/kpi/benchmark";

const VERDICT_STYLE = {
  ahead:
    "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100",
  behind: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100",
  onTrack:
    "border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  notEnoughData:
    "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100",
} as const;
const VERDICT_MARK = { ahead: "▲", behind: "▼", onTrack: "=", notEnoughData: "◔" } as const;

/** The verdict in words (colour and mark only repeat it), both sides, the difference, and the ramp by week. */
export function BenchmarkResult({
  comparison,
  candidateName,
  referenceName,
  ratioLabel,
  unit,
}: {
  comparison: TenureComparison;
  candidateName: string;
  referenceName: string;
  ratioLabel: string;
  unit: string;
}) {
  const t = useTranslations("benchmark");
  const format = useFormatter();
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = (value: number) =>
    format.number(value * 100, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const estimate = (side: TenureSide | null) => {
    if (!side || side.value === null) return t("noValue");
    const value = side.ci95
      ? `${percent(side.value)} (${percent(side.ci95[0])}–${percent(side.ci95[1])})`
      : percent(side.value);
    return t("value", {
      value,
      numerator: format.number(side.numerator),
      denominator: format.number(side.denominator),
    });
  };
  const { verdict } = comparison;
  return (
    <section aria-labelledby="benchmark-result" className="space-y-4">
      <h2 id="benchmark-result" className="text-lg font-semibold">
        {t("resultHeading", { candidate: candidateName, reference: referenceName, to: comparison.tenureTo })}
      </h2>
      <p className={`rounded-xl border p-4 ${VERDICT_STYLE[verdict]}`} data-verdict={verdict}>
        <span aria-hidden="true" className="mr-2 font-bold">
          {VERDICT_MARK[verdict]}
        </span>
        {t(`verdict.${verdict}`, {
          candidate: candidateName,
          reference: referenceName,
          ratio: ratioLabel,
          unit,
          minimum: DEFAULT_MINIMUM_DENOMINATOR,
          candidateCount: comparison.candidate.denominator,
          referenceCount: comparison.reference.denominator,
        })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        {[
          { label: candidateName, side: comparison.candidate },
          { label: referenceName, side: comparison.reference },
        ].map(({ label, side }) => (
          <div
            key={label}
            className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
            <dd className="mt-1 font-medium tabular-nums">{estimate(side)}</dd>
            <dd className="text-xs text-slate-600 dark:text-slate-400">
              {t("weeksWorked", { weeks: side.weeksWithData })}
            </dd>
          </div>
        ))}
        <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <dt className="text-sm text-slate-700 dark:text-slate-300">{t("difference")}</dt>
          <dd className="mt-1 font-medium tabular-nums">
            {comparison.difference === null
              ? t("noValue")
              : comparison.differenceCi95
                ? t("differenceInterval", {
                    value: points(comparison.difference),
                    low: points(comparison.differenceCi95[0]),
                    high: points(comparison.differenceCi95[1]),
                  })
                : t("differenceValue", { value: points(comparison.difference) })}
          </dd>
        </div>
      </dl>
      <DataTable
        caption={t("tableCaption", { ratio: ratioLabel, candidate: candidateName, reference: referenceName })}
        numeric
      >
        <TableHead>
          <tr>
            <ColumnHeader>{t("tenureWeek")}</ColumnHeader>
            <ColumnHeader>{t("thatWeek", { name: candidateName })}</ColumnHeader>
            <ColumnHeader>{t("thatWeek", { name: referenceName })}</ColumnHeader>
            <ColumnHeader>{t("toDate", { name: candidateName })}</ColumnHeader>
            <ColumnHeader>{t("toDate", { name: referenceName })}</ColumnHeader>
          </tr>
        </TableHead>
        <tbody>
          {comparison.series.map((point) => (
            <Row key={point.tenureWeek}>
              <RowHeader>{format.number(point.tenureWeek)}</RowHeader>
              <Cell>{estimate(point.candidate)}</Cell>
              <Cell>{estimate(point.reference)}</Cell>
              <Cell>{estimate(point.candidateToDate)}</Cell>
              <Cell>{estimate(point.referenceToDate)}</Cell>
            </Row>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
