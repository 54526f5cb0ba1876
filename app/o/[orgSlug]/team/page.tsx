import { getFormatter, getTranslations } from "next-intl/server";
import { LeadingLaggingTable } from "@/components/dashboard/leading-lagging-table";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { TeamTable } from "@/components/dashboard/team-table";
import { TrendText } from "@/components/dashboard/trend-text";
import { GoalCard } from "@/components/home/goal-card";
import { EmptyState } from "@/components/ui/empty-state";
import { visibleMemberIds } from "@/lib/dashboard/access";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { loadTeamSums } from "@/lib/dashboard/data/team-sums";
import { firstHomeWeek, MIN_OTHER_REPS_FOR_TEAM_TOTAL, weekGoalProgress } from "@/lib/dashboard/home-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { laggingTotals, NO_LAGGING } from "@/lib/dashboard/lagging-view";
import { type PeriodSearchParams, periodQuery, resolvePeriod } from "@/lib/dashboard/period";
import {
  parseTeamTableQuery,
  type TeamTableSearchParams,
  teamTablePage,
} from "@/lib/dashboard/team-table-view";
import { buildTeamViewFromSums, TREND_WINDOW, teamSumsRequest } from "@/lib/dashboard/team-view";
import { listLaggingResults } from "@/lib/entries/data/lagging";
import { listGoals } from "@/lib/goals/data/goals";
import { own } from "@/lib/kpi/user-keys";
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

export default async function TeamPage({ params, searchParams }: TeamPageProps) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "kpis.read.team");
  const search = await searchParams;
  const current = currentWeekOf(ctx.org.timeZone);
  const period = resolvePeriod(search, current.week);
  const range = {
    fromWeekStart: mondayDateOfIsoWeek(period.fromWeek),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
  };
  const [t, tAll, tGoals, format, { setup, sums }, lagging, coverage, goals, paceRecords] = await Promise.all(
    [
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
      listLaggingResults(ctx, range),
      latestPipelineCoverage(ctx, can(ctx.role, "survey.run")),
      listGoals(ctx),
      loadWeekRecords(ctx, {
        fromWeekStart: mondayDateOfIsoWeek(firstHomeWeek(current.week)),
        toWeekStart: current.weekStart,
      }),
    ],
  );
  const goalThisWeek = weekGoalProgress(
    { goals, currentWeek: current.week },
    null,
    current.week,
    paceRecords,
  );
  const visible = visibleMemberIds(ctx);
  // This week's team actual beside too few colleagues would give their figures away.
  const otherReps = setup.members.filter(
    (m) => m.role === "rep" && m.status === "active" && m.id !== ctx.member?.id,
  ).length;
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
  const primaryKey = view.primaryRatioKey;
  const outcomeKey = view.total.ratios[primaryKey ?? ""]?.numeratorKey;
  const results = laggingTotals(lagging.filter((entry) => visible === null || visible.has(entry.memberId)));
  const teamResults = laggingTotals(lagging).team;

  // The leading/lagging rows follow the team table's page: say so when that is not everyone.
  const everyoneListed = tablePage.pageCount === 1 && tablePage.matching === view.rows.length;
  const laggingCaption = t(everyoneListed ? "lagging.caption" : "lagging.captionPaged");
  const money = (value: number) => format.number(value, { style: "currency", currency: setup.currency });
  const coverageText =
    coverage === null
      ? t("lagging.pipelineCoverageNone")
      : coverage.coverage === null
        ? t("lagging.pipelineCoverageNoTarget", { title: coverage.round.title })
        : t("lagging.pipelineCoverage", {
            coverage: format.number(coverage.coverage, { maximumFractionDigits: 1 }),
            attainment: format.number(coverage.forecastAttainment ?? 0, {
              style: "percent",
              maximumFractionDigits: 0,
            }),
            open: money(coverage.openPipelineValue),
            expected: money(coverage.expectedToClose),
            target: money(coverage.target),
            title: coverage.round.title,
            count: coverage.responses,
          });

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("teamTitle")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t("teamIntro")}</p>
      </div>
      {visible === null || otherReps >= MIN_OTHER_REPS_FOR_TEAM_TOTAL ? (
        <GoalCard progress={goalThisWeek} heading={tGoals("teamThisWeek", { week: current.week })} />
      ) : null}
      <PeriodPicker basePath={basePath} period={period} />

      {!view.hasData ? (
        <EmptyState
          title={t("empty.title")}
          action={
            period.kind === "52w" ? undefined : { href: `${basePath}?period=52w`, label: t("empty.longer") }
          }
        >
          <p>{t("empty.body", { from: period.fromWeek, to: period.toWeek })}</p>
          <p>{t("empty.next")}</p>
          {coverage ? <p>{coverageText}</p> : null}
        </EmptyState>
      ) : (
        <>
          {primaryKey ? (
            <section
              aria-labelledby="headline-heading"
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <h2 id="headline-heading" className="text-sm font-medium text-slate-700 dark:text-slate-300">
                {t("teamHeadline", { ratio: labels.ratios[primaryKey] ?? primaryKey })}
              </h2>
              <p className="mt-1 text-2xl">
                <RatioValue
                  ratio={view.total.ratios[primaryKey]}
                  unit={labels.units[view.total.ratios[primaryKey]?.denominatorKey ?? ""] ?? ""}
                  relativePrecision={setup.relativePrecision}
                />
              </p>
              <p className="mt-1">
                <TrendText trend={view.total.trend} />
              </p>
              <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
                {t("intervalExplained")}
              </p>
            </section>
          ) : null}

          <section aria-labelledby="reps-heading" className="space-y-3">
            <h2 id="reps-heading" className="text-lg font-semibold">
              {visible === null ? t("repsHeading") : t("yourRowHeading")}
            </h2>
            {visible !== null ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("repSeesOwn")}</p>
            ) : null}
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
          </section>

          <section aria-labelledby="lagging-heading" className="space-y-3">
            <h2 id="lagging-heading" className="text-lg font-semibold">
              {t("lagging.heading")}
            </h2>
            <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("lagging.intro")}</p>
            {everyoneListed ? null : (
              <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("lagging.pagedNote")}</p>
            )}
            {outcomeKey && primaryKey ? (
              <LeadingLaggingTable
                caption={laggingCaption}
                bookedLabel={own(labels.metrics, outcomeKey) ?? outcomeKey}
                rateLabel={labels.ratios[primaryKey] ?? primaryKey}
                currency={setup.currency}
                rows={[
                  // The rows the team table shows above: the same page, filters and order.
                  ...tablePage.rows.map((row) => ({
                    id: row.memberId,
                    name: row.name,
                    booked: own(row.totals, outcomeKey) ?? 0,
                    bookedRate: (
                      <RatioValue
                        ratio={row.ratios[primaryKey]}
                        unit={labels.units[row.ratios[primaryKey]?.denominatorKey ?? ""] ?? ""}
                        relativePrecision={setup.relativePrecision}
                        compact
                      />
                    ),
                    lagging: results.byMember[row.memberId] ?? NO_LAGGING,
                  })),
                  {
                    id: "team",
                    name: t("teamTotal"),
                    booked: own(view.total.totals, outcomeKey) ?? 0,
                    bookedRate: (
                      <RatioValue
                        ratio={view.total.ratios[primaryKey]}
                        unit={labels.units[view.total.ratios[primaryKey]?.denominatorKey ?? ""] ?? ""}
                        relativePrecision={setup.relativePrecision}
                        compact
                      />
                    ),
                    lagging: teamResults,
                  },
                ]}
              />
            ) : null}
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {coverageText}
              {can(ctx.role, "entries.write.any") ? ` ${t("lagging.enterHint")}` : null}
            </p>
          </section>
        </>
      )}
    </div>
  );
}
