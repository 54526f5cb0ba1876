import { getFormatter, getTranslations } from "next-intl/server";
import { LeadingLaggingTable } from "@/components/dashboard/leading-lagging-table";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { TeamTable } from "@/components/dashboard/team-table";
import { TrendText } from "@/components/dashboard/trend-text";
import { GoalCard } from "@/components/home/goal-card";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { FULL_WIDTH_SECTION_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { visibleMemberIds } from "@/lib/dashboard/access";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { loadTeamSums } from "@/lib/dashboard/data/team-sums";
import { firstHomeWeek, weekGoalProgress } from "@/lib/dashboard/home-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { type PeriodSearchParams, periodQuery, resolvePeriod } from "@/lib/dashboard/period";
import { type RatioFigure, teamPageView } from "@/lib/dashboard/team-page-view";
import {
  parseTeamTableQuery,
  type TeamTableSearchParams,
  teamTablePage,
} from "@/lib/dashboard/team-table-view";
import { buildTeamViewFromSums, TREND_WINDOW, teamSumsRequest } from "@/lib/dashboard/team-view";
import { sumLaggingResultsByMember } from "@/lib/entries/data/lagging";
import { listGoals } from "@/lib/goals/data/goals";
import { goalForWeek } from "@/lib/goals/goal-history";
import { can } from "@/lib/permissions";
import { latestPipelineCoverage } from "@/lib/survey/data/surveys";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

interface TeamPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<PeriodSearchParams & TeamTableSearchParams>;
}

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("teamTitle") };
}

async function TeamPage({ params, searchParams }: TeamPageProps) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "kpis.read.team");
  const search = await searchParams;
  const current = currentWeekOf(ctx.org.timeZone);
  const period = resolvePeriod(search, current.week);
  const range = {
    fromWeekStart: mondayDateOfIsoWeek(period.fromWeek),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
  };
  const [t, tAll, tGoals, format, { setup, sums }, lagging, coverage, { goals, paceRecords }] =
    await Promise.all([
      getTranslations("dashboard"),
      getTranslations(),
      getTranslations("goals"),
      getFormatter(),
      // Summed per member by the database: the page's cost follows its rows, not reps x weeks.
      loadKpiSetup(ctx).then(async (setup) => ({
        setup,
        sums: await loadTeamSums(ctx, {
          metricKeys: setup.metrics.map((metric) => metric.key),
          ...teamSumsRequest(setup.metrics),
          fromWeek: period.fromWeek,
          toWeek: period.toWeek,
          trendWindow: TREND_WINDOW,
        }),
      })),
      // Summed per member by the database: one row each, not one per member and week.
      sumLaggingResultsByMember(ctx, range),
      latestPipelineCoverage(ctx, can(ctx.role, "survey.run")),
      // Everyone's recent weeks give the team goal its pace: read only when a goal applies.
      listGoals(ctx).then(async (goals) => ({
        goals,
        paceRecords: goalForWeek(goals, null, mondayDateOfIsoWeek(current.week))
          ? await loadWeekRecords(ctx, {
              fromWeekStart: mondayDateOfIsoWeek(firstHomeWeek(current.week)),
              toWeekStart: current.weekStart,
            })
          : [],
      })),
    ]);
  const goalThisWeek = weekGoalProgress(
    { goals, currentWeek: current.week },
    null,
    current.week,
    paceRecords,
  );
  const visible = visibleMemberIds(ctx);
  const view = buildTeamViewFromSums({
    metrics: setup.metrics,
    members: setup.members,
    sums,
    toWeek: period.toWeek,
    relativePrecision: setup.relativePrecision,
    visibleMemberIds: visible,
  });
  const tableQuery = parseTeamTableQuery(search, view);
  const tablePage = teamTablePage(view, tableQuery);
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const basePath = `/o/${ctx.org.slug}/team`;
  const page = teamPageView({
    view,
    tablePage,
    labels,
    lagging,
    visible,
    members: setup.members,
    viewerMemberId: ctx.member?.id ?? null,
    periodKind: period.kind,
    basePath,
    coverage,
    teamTotalName: t("teamTotal"),
  });
  const money = (value: number) => format.number(value, { style: "currency", currency: setup.currency });
  const sentence = page.coverage;
  const coverageText =
    sentence.kind === "none"
      ? t("lagging.pipelineCoverageNone")
      : sentence.kind === "noTarget"
        ? t("lagging.pipelineCoverageNoTarget", { title: sentence.title })
        : t("lagging.pipelineCoverage", {
            coverage: format.number(sentence.coverage, { maximumFractionDigits: 1 }),
            attainment: format.number(sentence.attainment, { style: "percent", maximumFractionDigits: 0 }),
            open: money(sentence.open),
            expected: money(sentence.expected),
            target: money(sentence.target),
            title: sentence.title,
            count: sentence.count,
          });
  const ratioValue = ({ ratio, unit }: RatioFigure, compact?: boolean) => (
    <RatioValue ratio={ratio} unit={unit} relativePrecision={setup.relativePrecision} compact={compact} />
  );

  return (
    <div className="space-y-8">
      <PageHeading title={t("teamTitle")} intro={t("teamIntro")} />
      {page.showsTeamGoal ? (
        <GoalCard progress={goalThisWeek} heading={tGoals("teamThisWeek", { week: current.week })} />
      ) : null}
      <PeriodPicker basePath={basePath} period={period} />

      {!view.hasData ? (
        <EmptyState
          title={t("empty.title")}
          action={
            page.longerPeriodHref === null
              ? undefined
              : { href: page.longerPeriodHref, label: t("empty.longer") }
          }
        >
          <p>{t("empty.body", { from: period.fromWeek, to: period.toWeek })}</p>
          <p>{t("empty.next")}</p>
          {sentence.kind === "none" ? null : <p>{coverageText}</p>}
        </EmptyState>
      ) : (
        <>
          {page.headline ? (
            <section
              aria-labelledby="headline-heading"
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <h2 id="headline-heading" className="text-sm font-medium text-slate-700 dark:text-slate-300">
                {t("teamHeadline", { ratio: page.headline.ratioLabel })}
              </h2>
              <p className="mt-1 text-2xl">{ratioValue(page.headline)}</p>
              <p className="mt-1">
                <TrendText trend={view.total.trend} />
              </p>
              <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
                {t("intervalExplained")}
              </p>
            </section>
          ) : null}

          <Section
            headingId="reps-heading"
            title={page.seesEveryone ? t("repsHeading") : t("yourRowHeading")}
            intro={page.seesEveryone ? undefined : t("repSeesOwn")}
            introClassName={FULL_WIDTH_SECTION_INTRO}
          >
            <TeamTable
              view={view}
              page={tablePage}
              query={tableQuery}
              basePath={basePath}
              labels={labels}
              relativePrecision={setup.relativePrecision}
              repPath={`/o/${ctx.org.slug}/reps/`}
              periodQuery={periodQuery(period)}
              caption={t("teamCaption", { from: period.fromWeek, to: period.toWeek })}
            />
          </Section>

          <Section headingId="lagging-heading" title={t("lagging.heading")} intro={t("lagging.intro")}>
            {page.everyoneListed ? null : (
              <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("lagging.pagedNote")}</p>
            )}
            {page.leadingLagging ? (
              <LeadingLaggingTable
                caption={t(page.everyoneListed ? "lagging.caption" : "lagging.captionPaged")}
                bookedLabel={page.leadingLagging.bookedLabel}
                rateLabel={page.leadingLagging.rateLabel}
                currency={setup.currency}
                rows={page.leadingLagging.rows.map(({ rate, ...row }) => ({
                  ...row,
                  bookedRate: ratioValue(rate, true),
                }))}
              />
            ) : null}
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {coverageText}
              {can(ctx.role, "entries.write.any") ? ` ${t("lagging.enterHint")}` : null}
            </p>
          </Section>
        </>
      )}
    </div>
  );
}

export default withClientMessages(["dashboard"], TeamPage);
