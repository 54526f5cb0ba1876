import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { CloseRoundButton } from "@/components/survey/close-round-button";
import { OpenRoundForm } from "@/components/survey/open-round-form";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/permissions";
import { listSurveyRounds } from "@/lib/survey/data/surveys";
import { requireOrgPermission } from "@/lib/tenant";
import { closeRoundAction, openRoundAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("survey");
  return { title: t("title") };
}

async function SurveyPage({ params }: PageProps<"/o/[orgSlug]/survey">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "survey.answer");
  const [t, format, rounds] = await Promise.all([
    getTranslations("survey"),
    getFormatter(),
    listSurveyRounds(ctx),
  ]);
  const runs = can(ctx.role, "survey.run");
  const base = `/o/${ctx.org.slug}/survey`;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      {runs ? (
        <Section headingId="open-heading" title={t("openHeading")}>
          <OpenRoundForm
            orgSlug={ctx.org.slug}
            action={openRoundAction}
            defaultTitle={t("defaultTitle", { date: date(new Date()) })}
          />
        </Section>
      ) : null}
      <Section headingId="rounds-heading" title={t("roundsHeading")}>
        {rounds.length === 0 ? (
          <EmptyState title={t("emptyTitle")} headingLevel={3}>
            <p>{runs ? t("emptyRunner") : t("emptyRep")}</p>
          </EmptyState>
        ) : (
          <ul className="space-y-3">
            {rounds.map((round) => (
              <li
                key={round.id}
                className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div>
                  <h3 className="font-semibold">{round.title}</h3>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {round.closedAt
                      ? t("closedOn", { date: date(round.closedAt) })
                      : t("openSince", { date: date(round.openedAt) })}
                    {" · "}
                    {t(`privacyKinds.${round.privacy}`)}
                    {runs ? ` · ${t("responses", { count: round.responses })}` : null}
                  </p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {round.answeredByMe ? t("youAnswered") : round.closedAt ? null : t("notAnsweredYet")}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {round.closedAt ? null : (
                    <Link href={`${base}/${round.id}`} className={buttonClass("primary", "sm")}>
                      {round.answeredByMe
                        ? t("changeLink", { title: round.title })
                        : t("answerLink", { title: round.title })}
                    </Link>
                  )}
                  {runs ? (
                    <Link
                      href={`${base}/${round.id}#results-heading`}
                      className={buttonClass("secondary", "sm")}
                    >
                      {t("resultsLink", { title: round.title })}
                    </Link>
                  ) : null}
                  {runs ? (
                    <CloseRoundButton
                      orgSlug={ctx.org.slug}
                      action={closeRoundAction}
                      round={{ id: round.id, title: round.title, closed: round.closedAt !== null }}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

export default withClientMessages(["survey"], SurveyPage);
