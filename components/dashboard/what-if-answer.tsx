import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import type { WhatIfAnswer, WhatIfQuestion } from "@/lib/dashboard/what-if-view";
import { useFormatter } from "@/lib/i18n/formatter";

/**
 * What the target takes, and the chance to make it at the planned effort. Every figure is in
 * words as well as numbers; the chance is never shown without what it rests on.
 */
export function WhatIfAnswerView({
  answer,
  question,
  labels,
}: {
  answer: WhatIfAnswer | null;
  question: WhatIfQuestion | null;
  labels: FunnelLabels;
}) {
  const t = useTranslations("whatIf");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  // No question yet, or one the selection cannot answer: the same heading, and why.
  const unanswered = (why: string) => (
    <Section
      headingId="what-if-answer"
      title={t("askHeading")}
      intro={why}
      introClassName="text-slate-700 dark:text-slate-300"
      className="space-y-2"
    />
  );
  if (!answer || !question) return unanswered(t("ask"));
  if (answer.kind === "insufficient") {
    return unanswered(
      tErrors(answer.reason === "noCalls" ? "noCallsInSelection" : "noAppointmentsInSelection"),
    );
  }
  const { result, unit } = answer;
  const amount = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const perUnit = (value: number) => t("perUnit", { value: amount(value), unit });
  const figures = [
    { label: labels.metrics.calls ?? t("callsNeeded"), value: perUnit(result.callsPerDay) },
    {
      label: labels.metrics.conversations ?? t("conversationsNeeded"),
      value: result.conversationsPerDay === null ? t("notLogged") : perUnit(result.conversationsPerDay),
    },
    {
      label: labels.metrics.hours ?? t("hoursNeeded"),
      value: result.hoursPerDay === null ? t("noHours") : perUnit(result.hoursPerDay),
    },
    {
      label: t("repsNeeded"),
      value:
        result.fte === null
          ? t("noHours")
          : t("repsAt", {
              value: format.number(result.fte, { maximumFractionDigits: 2 }),
              hours: question.hoursPerRepPerDay,
            }),
    },
  ];
  const chance = format.number(result.probabilityOfTarget, { style: "percent", maximumFractionDigits: 0 });
  const [fewestCalls, mostCalls] = result.callsNeededCi95;
  const horizon = result.targetHorizon;
  return (
    <Section
      headingId="what-if-answer"
      title={t("answerHeading", { target: question.target, unit })}
      className="space-y-4"
    >
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((figure) => (
          <div
            key={figure.label}
            className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            <dt className="text-sm text-slate-700 dark:text-slate-300">{figure.label}</dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums">{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="max-w-3xl" data-calls-range>
        {t("callsRange", { low: amount(fewestCalls), high: amount(mostCalls), unit })}
      </p>
      {result.littleData ? (
        <p
          className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
          data-little-data
        >
          <span aria-hidden="true">◔ </span>
          {t("littleDataRange")}
        </p>
      ) : null}
      <section
        aria-labelledby="what-if-chance"
        className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h3 id="what-if-chance" className="font-semibold">
          {t("chanceHeading")}
        </h3>
        <p className="text-lg" data-chance={result.probabilityOfTarget}>
          {t("chanceOver", {
            calls: result.plannedCallsPerDay,
            appointments: horizon.appointmentsAtLeast,
            periods: horizon.periods,
            chance,
            unit,
          })}
        </p>
        <p>
          {result.callsPerDayFor80Percent === null
            ? t("for80Unreachable", { unit })
            : t("for80", { calls: result.callsPerDayFor80Percent, unit })}
        </p>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400" data-model-counts>
          {t("modelCounts", { variation: result.extraWeeklyVariance > 0 ? "counted" : "none" })}
        </p>
      </section>
    </Section>
  );
}
