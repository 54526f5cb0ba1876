import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EffortStory } from "@/components/dashboard/effort-story";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { RepWeekTable } from "@/components/dashboard/rep-week-table";
import { TrendText } from "@/components/dashboard/trend-text";
import { GoalCard } from "@/components/home/goal-card";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { canSeeRep } from "@/lib/dashboard/access";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { firstHomeWeek, weekGoalProgress } from "@/lib/dashboard/home-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { type PeriodSearchParams, periodQuery, resolvePeriod } from "@/lib/dashboard/period";
import { repPageView } from "@/lib/dashboard/rep-page-view";
import { buildRepView } from "@/lib/dashboard/rep-view";
import { trendFromWeek } from "@/lib/dashboard/team-view";
import { listLaggingResults } from "@/lib/entries/data/lagging";
import { listGoals } from "@/lib/goals/data/goals";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf, dateForDisplay } from "@/lib/weeks/calendar";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

interface RepPageProps {
  params: Promise<{ orgSlug: string; memberId: string }>;
  searchParams: Promise<PeriodSearchParams>;
}

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("repTitle") };
}

async function RepPage({ params, searchParams }: RepPageProps) {
  const { orgSlug, memberId } = await params;
  const ctx = await requireOrgPermission(orgSlug, "kpis.read.team");
  // Another rep's page does not exist for a rep: 404, like a member of another organization.
  if (!canSeeRep(ctx, memberId)) notFound();
  const setup = await loadKpiSetup(ctx);
  const member = setup.members.find((m) => m.id === memberId);
  if (!member) notFound();

  const current = currentWeekOf(ctx.org.timeZone);
  const period = resolvePeriod(await searchParams, current.week);
  const toWeekStart = mondayDateOfIsoWeek(period.toWeek);
  const [t, tCharts, tNumbers, tAll, tGoals, format, records, lagging, goals, paceRecords] =
    await Promise.all([
      getTranslations("dashboard"),
      getTranslations("charts"),
      getTranslations("numbers"),
      getTranslations(),
      getTranslations("goals"),
      getFormatter(),
      loadWeekRecords(ctx, {
        fromWeekStart: mondayDateOfIsoWeek(trendFromWeek(period.fromWeek, period.toWeek)),
        toWeekStart,
        memberId,
      }),
      listLaggingResults(ctx, { fromWeekStart: mondayDateOfIsoWeek(period.fromWeek), toWeekStart, memberId }),
      listGoals(ctx),
      loadWeekRecords(ctx, {
        fromWeekStart: mondayDateOfIsoWeek(firstHomeWeek(current.week)),
        toWeekStart: current.weekStart,
        memberId,
      }),
    ]);
  const goalThisWeek = weekGoalProgress(
    { goals, currentWeek: current.week },
    memberId,
    current.week,
    paceRecords,
  );
  const view = buildRepView({
    metrics: setup.metrics,
    records,
    lagging,
    fromWeek: period.fromWeek,
    toWeek: period.toWeek,
    relativePrecision: setup.relativePrecision,
  });
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const page = repPageView({
    view,
    metrics: setup.metrics,
    labels,
    words: {
      weekShort: (week) => t("weekShort", { week }),
      weekName: (week, year) => t("weekName", { week, year }),
      minutesPerCall: tCharts("minutesPerCall"),
      interval: tCharts("interval"),
      unusualWeeks: (count, weeks) => tNumbers("unusualWeeks", { count, weeks }),
    },
  });

  return (
    <div className="space-y-8">
      <PageHeading
        title={member.name}
        intro={t("repSubtitle", {
          status: member.status,
          startedOn: format.dateTime(dateForDisplay(member.startedOn), { dateStyle: "medium" }),
        })}
        introClassName="mt-1 text-slate-700 dark:text-slate-300"
      />
      <GoalCard
        progress={goalThisWeek}
        heading={tGoals("repThisWeek", { name: member.name, week: current.week })}
      />
      <PeriodPicker basePath={`/o/${ctx.org.slug}/reps/${member.id}`} period={period} />

      {view.weeksWorked === 0 ? (
        <EmptyState
          title={t("empty.repTitle")}
          action={{ href: `/o/${ctx.org.slug}/team?${periodQuery(period)}`, label: t("empty.backToTeam") }}
        >
          <p>{t("empty.body", { from: period.fromWeek, to: period.toWeek })}</p>
          <p>{t("empty.repNext")}</p>
        </EmptyState>
      ) : (
        <>
          <Section
            headingId="ratios-heading"
            title={t("ratiosHeading", { weeks: view.weeksWorked })}
            intro={t("intervalExplained")}
          >
            <ul className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
              {page.ratioCards.map((card) => (
                <li
                  key={card.key}
                  className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
                >
                  <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">{card.label}</h3>
                  <p className="mt-1 text-lg">
                    <RatioValue
                      ratio={card.ratio}
                      unit={card.unit}
                      relativePrecision={setup.relativePrecision}
                    />
                  </p>
                  {card.showsTrend ? (
                    <p className="mt-1">
                      <TrendText trend={card.trend} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            {page.derivedRates.length === 0 ? null : (
              <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
                {page.derivedRates.map((rate) => (
                  <div key={rate.key}>
                    <dt className="text-slate-600 dark:text-slate-400">{t(`derived.${rate.key}`)}</dt>
                    <dd className="text-lg font-medium tabular-nums">
                      {format.number(rate.value, { maximumFractionDigits: 1 })}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </Section>

          {view.story ? <EffortStory story={view.story} labels={labels.metrics} /> : null}

          <Section headingId="charts-heading" title={t("chartsHeading")} className="space-y-4">
            <ChartFigure
              id="effort"
              title={tCharts("effortTitle")}
              description={page.hasMinutes ? tCharts("effortDescription") : undefined}
              data={page.effortChart}
              weekNames={page.weekNames}
            />
            <div className="grid gap-4 lg:grid-cols-2">
              {page.ratioCharts.map((chart) => (
                <ChartFigure
                  key={chart.key}
                  id={`ratio-${chart.key}`}
                  title={chart.title}
                  description={tCharts("bandDescription")}
                  note={chart.note}
                  weekNames={page.weekNames}
                  data={chart.data}
                />
              ))}
            </div>
          </Section>

          <Section headingId="lagging-heading" title={t("lagging.heading")} intro={t("lagging.intro")}>
            <RepWeekTable
              weeks={view.weeks}
              weekNames={page.weekNames}
              countKeys={page.countKeys}
              labels={labels.metrics}
              currency={setup.currency}
              caption={t("lagging.weekCaption", { name: member.name })}
            />
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("lagging.pipelineCoverageRep")}</p>
          </Section>
        </>
      )}
    </div>
  );
}

export default withClientMessages(["charts"], RepPage);
