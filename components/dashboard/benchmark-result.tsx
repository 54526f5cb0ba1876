import { useTranslations } from "next-intl";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Section } from "@/components/ui/section";
import { Cell, DataTable, Row, RowHeader, TableHeadRow } from "@/components/ui/table";
import { useFormatter } from "@/lib/i18n/formatter";
import {
  type BenchmarkSide,
  DEFAULT_MINIMUM_DENOMINATOR,
  MAX_WEEKS_TO_VERDICT,
  type TenureComparison,
} from "@/lib/kpi/benchmark";

const VERDICT_STYLE = {
  ahead:
    "border-emerald-300 bg-emerald-50 text-emerald-950 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100",
  behind: "border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100",
  onTrack:
    "border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  noClearDifference:
    "border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
  notEnoughData:
    "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100",
} as const;
const VERDICT_MARK = {
  ahead: "▲",
  behind: "▼",
  onTrack: "=",
  noClearDifference: "≈",
  notEnoughData: "◔",
} as const;

/**
 * The verdict in words (colour and mark only repeat it), when a verdict can be expected, the
 * matched tenure weeks, both sides and the difference, the ramp as a chart and as a table.
 */
export function BenchmarkResult({
  comparison,
  candidateName,
  referenceName,
  ratioLabel,
  unit,
  team,
}: {
  comparison: TenureComparison;
  candidateName: string;
  referenceName: string;
  ratioLabel: string;
  unit: string;
  team: boolean;
}) {
  const t = useTranslations("benchmark");
  const format = useFormatter();
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = (value: number) =>
    format.number(value * 100, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const estimate = (side: BenchmarkSide | null) => {
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
  const shown =
    comparison.verdict === "onTrack" && !comparison.clearlyOnTrack ? "noClearDifference" : comparison.verdict;
  const matched = comparison.matchedTenureWeeks;
  const when =
    shown === "notEnoughData" || shown === "noClearDifference"
      ? comparison.weeksToVerdict === null
        ? t("whenNever", { max: MAX_WEEKS_TO_VERDICT, unit })
        : t("whenWeeks", { weeks: comparison.weeksToVerdict })
      : null;
  return (
    <Section
      headingId="benchmark-result"
      title={t("resultHeading", {
        candidate: candidateName,
        reference: referenceName,
        to: comparison.tenureTo,
      })}
      className="space-y-4"
    >
      <div
        className={`space-y-2 rounded-xl border p-4 ${VERDICT_STYLE[shown]}`}
        data-verdict={comparison.verdict}
      >
        <p data-shown-verdict={shown}>
          <span aria-hidden="true" className="mr-2 font-bold">
            {VERDICT_MARK[shown]}
          </span>
          {t(`verdict.${shown}`, {
            candidate: candidateName,
            reference: referenceName,
            ratio: ratioLabel,
            unit,
            minimum: DEFAULT_MINIMUM_DENOMINATOR,
            candidateCount: comparison.candidate.denominator,
            referenceCount: comparison.reference.denominator,
          })}
        </p>
        {when ? <p data-when>{when}</p> : null}
      </div>
      <p
        className="max-w-3xl text-sm text-slate-700 dark:text-slate-300"
        data-matched-weeks={matched.join(",")}
      >
        {matched.length === 0
          ? t("matchedNone", { candidate: candidateName, reference: referenceName })
          : t("matchedWeeks", {
              count: matched.length,
              weeks: format.list(matched.map((week) => format.number(week))),
            })}
      </p>
      {team ? (
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
          {comparison.reference.designEffect > 1
            ? t("teamNote", {
                reps: comparison.reference.reps,
                effect: format.number(comparison.reference.designEffect, { maximumFractionDigits: 1 }),
              })
            : t("teamNoteAgree", { reps: comparison.reference.reps })}
        </p>
      ) : null}
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
      <ChartFigure
        id="benchmark-ramp"
        title={t("rampTitle", { ratio: ratioLabel })}
        description={t("rampDescription", { candidate: candidateName, reference: referenceName })}
        data={{
          weekLabels: comparison.ramp.map((point) => format.number(point.tenureWeek)),
          series: [
            {
              id: "candidate",
              label: candidateName,
              type: "line",
              axis: "percent",
              values: comparison.ramp.map((point) => point.candidate?.value ?? null),
            },
            {
              id: "reference",
              label: referenceName,
              type: "line",
              axis: "percent",
              values: comparison.ramp.map((point) => point.reference?.value ?? null),
            },
          ],
        }}
        weekNames={comparison.ramp.map((point) => t("tenureWeekName", { week: point.tenureWeek }))}
      />
      <DataTable
        caption={t("tableCaption", { ratio: ratioLabel, candidate: candidateName, reference: referenceName })}
        numeric
      >
        <TableHeadRow labels={[t("tenureWeek"), candidateName, referenceName, t("matchedColumn")]} />
        <tbody>
          {comparison.ramp.map((point) => (
            <Row key={point.tenureWeek}>
              <RowHeader>{format.number(point.tenureWeek)}</RowHeader>
              <Cell>{estimate(point.candidate)}</Cell>
              <Cell>{estimate(point.reference)}</Cell>
              <Cell>{point.matched ? t("matchedYes") : t("matchedNo")}</Cell>
            </Row>
          ))}
        </tbody>
      </DataTable>
    </Section>
  );
}
