import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { SubSection } from "@/components/ui/sub-section";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { useFormatter } from "@/lib/i18n/formatter";
import {
  MIN_GROUP_SIZE,
  PIPELINE_HEALTH,
  SANDLER_DISTRIBUTION,
  type SurveyResults,
} from "@/lib/kpi/pipeline-health";
import type { NamedAnswer } from "@/lib/survey/data/surveys";

/** A round's results beside Sandler's; groups too small to show say so instead. */
export function SurveyResultsView({
  results,
  named,
  currency,
}: {
  results: SurveyResults;
  /** Each person's answer, in a named round only. */
  named: NamedAnswer[];
  currency: string;
}) {
  const t = useTranslations("survey");
  const format = useFormatter();
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const money = (value: number) => format.number(value, { style: "currency", currency });
  const times = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const factor = (value: number) => t("factor", { value: times(value) });
  const ofTarget = (part: number, target: number, show: (value: number) => string) =>
    target > 0 ? show(part / target) : t("noTarget");
  const { distribution, practices, pipeline } = results;
  return (
    <Section
      headingId="results-heading"
      title={t("resultsHeading", { count: results.responses })}
      className="space-y-6"
    >
      <SubSection headingId="coverage-heading" title={t("coverageHeading")}>
        <dl className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {[
            [t("numbers.openPipelineValue"), money(pipeline.openPipelineValue)],
            [t("numbers.expectedToClose"), money(pipeline.expectedToClose)],
            [t("numbers.target"), money(pipeline.target)],
            [t("coverage"), pipeline.coverage === null ? t("noTarget") : factor(pipeline.coverage)],
            [
              t("forecastAttainment"),
              pipeline.forecastAttainment === null ? t("noTarget") : percent(pipeline.forecastAttainment),
            ],
          ].map(([label, value]) => (
            <div
              key={label}
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
              <dd className="mt-1 text-xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("coverageExplained")}</p>
      </SubSection>

      <SubSection headingId="distribution-heading" title={t("distributionHeading")}>
        {distribution ? (
          <DataTable caption={t("distributionCaption")} numeric>
            <TableHead>
              <tr>
                <ColumnHeader>{t("pipeline")}</ColumnHeader>
                <ColumnHeader align="end">{t("yourTeam")}</ColumnHeader>
                <ColumnHeader align="end">{t("sandler")}</ColumnHeader>
              </tr>
            </TableHead>
            <tbody>
              {PIPELINE_HEALTH.map((health) => {
                const share = distribution[health];
                return (
                  <Row key={health}>
                    <RowHeader>{t(`health.${health}`)}</RowHeader>
                    <Cell align="end">
                      {t("share", {
                        share: percent(share.share),
                        low: percent(share.ci95?.[0] ?? share.share),
                        high: percent(share.ci95?.[1] ?? share.share),
                        count: share.count,
                      })}
                    </Cell>
                    <Cell align="end">{percent(SANDLER_DISTRIBUTION[health])}</Cell>
                  </Row>
                );
              })}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">{t("tooFewAnswers", { min: MIN_GROUP_SIZE })}</p>
        )}
      </SubSection>

      <SubSection headingId="practices-results-heading" title={t("practicesResultsHeading")}>
        {practices ? (
          <DataTable caption={t("practicesCaption")} numeric>
            <TableHead>
              <tr>
                <ColumnHeader>{t("practice")}</ColumnHeader>
                <ColumnHeader align="end">{t("healthyAgree")}</ColumnHeader>
                <ColumnHeader align="end">{t("unhealthyAgree")}</ColumnHeader>
                <ColumnHeader align="end">{t("moreOften")}</ColumnHeader>
                <ColumnHeader align="end">{t("sandler")}</ColumnHeader>
              </tr>
            </TableHead>
            <tbody>
              {practices.map((row) => (
                <Row key={row.practice}>
                  <RowHeader className="font-normal">{t(`practices.${row.practice}`)}</RowHeader>
                  <Cell align="end">{row.healthyAgree === null ? "–" : percent(row.healthyAgree)}</Cell>
                  <Cell align="end">{row.unhealthyAgree === null ? "–" : percent(row.unhealthyAgree)}</Cell>
                  <Cell align="end">
                    {row.factor === null
                      ? t("noFactor")
                      : row.tooFewToCompare || !row.factorCi95
                        ? t("tooFewToCompare")
                        : t("factorWithInterval", {
                            value: times(row.factor),
                            low: times(row.factorCi95[0]),
                            high: times(row.factorCi95[1]),
                          })}
                  </Cell>
                  <Cell align="end">{factor(row.sandlerFactor)}</Cell>
                </Row>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            {named.length > 0 ? t("noGroupsToCompare") : t("tooFewGroups", { min: MIN_GROUP_SIZE })}
          </p>
        )}
      </SubSection>

      {named.length > 0 ? (
        <SubSection headingId="named-heading" title={t("namedHeading")}>
          <DataTable caption={t("namedCaption")} numeric>
            <TableHead>
              <tr>
                <ColumnHeader>{t("who")}</ColumnHeader>
                <ColumnHeader>{t("pipeline")}</ColumnHeader>
                <ColumnHeader align="end">{t("numbers.openPipelineValue")}</ColumnHeader>
                <ColumnHeader align="end">{t("numbers.expectedToClose")}</ColumnHeader>
                <ColumnHeader align="end">{t("numbers.target")}</ColumnHeader>
                <ColumnHeader align="end">{t("coverage")}</ColumnHeader>
                <ColumnHeader align="end">{t("forecastAttainment")}</ColumnHeader>
              </tr>
            </TableHead>
            <tbody>
              {named.map((person) => (
                <Row key={person.memberId}>
                  <RowHeader>{person.name}</RowHeader>
                  <Cell>{t(`health.${person.health}`)}</Cell>
                  <Cell align="end">{money(person.openPipelineValue)}</Cell>
                  <Cell align="end">{money(person.expectedToClose)}</Cell>
                  <Cell align="end">{money(person.target)}</Cell>
                  <Cell align="end">{ofTarget(person.openPipelineValue, person.target, factor)}</Cell>
                  <Cell align="end">{ofTarget(person.expectedToClose, person.target, percent)}</Cell>
                </Row>
              ))}
            </tbody>
          </DataTable>
        </SubSection>
      ) : null}
    </Section>
  );
}
