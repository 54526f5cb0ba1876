import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AnswerForm } from "@/components/survey/answer-form";
import { SurveyResultsView } from "@/components/survey/survey-results";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { loadKpiSetup } from "@/lib/dashboard/data/kpi-data";
import { NotFoundError } from "@/lib/errors";
import { MIN_GROUP_SIZE, surveyResults } from "@/lib/kpi/pipeline-health";
import { can } from "@/lib/permissions";
import { findSurveyRound, listSurveyAnswers, myAnswer } from "@/lib/survey/data/surveys";
import { requireOrgPermission } from "@/lib/tenant";
import { saveAnswerAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("survey");
  return { title: t("title") };
}

async function SurveyRoundPage({ params }: PageProps<"/o/[orgSlug]/survey/[roundId]">) {
  const { orgSlug, roundId } = await params;
  const ctx = await requireOrgPermission(orgSlug, "survey.answer");
  const round = await findSurveyRound(ctx, roundId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const runs = can(ctx.role, "survey.run");
  const [t, format, previous, answers, setup] = await Promise.all([
    getTranslations("survey"),
    getFormatter(),
    myAnswer(ctx, round.id),
    runs ? listSurveyAnswers(ctx, round.id) : null,
    runs ? loadKpiSetup(ctx) : null,
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-8">
      <PageHeading
        title={round.title}
        intro={
          round.closedAt
            ? t("closedOn", { date: date(round.closedAt) })
            : t("openSince", { date: date(round.openedAt) })
        }
        introClassName="mt-1 text-slate-700 dark:text-slate-300"
      >
        <p className="mt-2 max-w-3xl rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
          {t(`privacyPromise.${round.privacy}`)}
        </p>
      </PageHeading>
      {round.closedAt ? (
        <p className="text-slate-700 dark:text-slate-300">{t("closedNotice")}</p>
      ) : ctx.member ? (
        <Section headingId="answer-heading" title={t("answerHeading")}>
          <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900">
            <AnswerForm
              orgSlug={ctx.org.slug}
              action={saveAnswerAction}
              roundId={round.id}
              previous={previous}
            />
          </div>
        </Section>
      ) : null}
      {answers && setup ? (
        answers.withheld ? (
          <Section
            headingId="results-heading"
            title={t("resultsHeadingWithheld")}
            intro={t(`withheld.${answers.withheld}`, { min: MIN_GROUP_SIZE })}
            introClassName="max-w-3xl text-slate-700 dark:text-slate-300"
            className="space-y-2"
          />
        ) : (
          <SurveyResultsView
            results={surveyResults(answers.answers, answers.privacy)}
            named={answers.named}
            currency={setup.currency}
          />
        )
      ) : null}
    </div>
  );
}

export default withClientMessages(["survey"], SurveyRoundPage);
