import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { EffortStory } from "@/components/dashboard/effort-story";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { RepWeekTable } from "@/components/dashboard/rep-week-table";
import { TrendText } from "@/components/dashboard/trend-text";
import { GoalCard } from "@/components/home/goal-card";
import { EmptyState } from "@/components/ui/empty-state";
import { canSeeRep } from "@/lib/dashboard/access";
import type { WeeklyChartData } from "@/lib/dashboard/chart-data";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { firstHomeWeek, weekGoalProgress } from "@/lib/dashboard/home-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { type PeriodSearchParams, periodQuery, resolvePeriod } from "@/lib/dashboard/period";
import { buildRepView } from "@/lib/dashboard/rep-view";
import { trendFromWeek } from "@/lib/dashboard/team-view";
import { listLaggingResults } from "@/lib/entries/data/lagging";
import { listGoals } from "@/lib/goals/data/goals";
import { own } from "@/lib/kpi/user-keys";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf, dateForDisplay } from "@/lib/weeks/calendar";
import { mondayDateOfIsoWeek, parseIsoWeek } from "@/lib/weeks/iso-week";

interface RepPageProps {
  params: Promise<{ orgSlug: string; memberId: string }>;
  searchParams: Promise<PeriodSearchParams>;
}

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("repTitle") };
}

export default async function RepPage({ params, searchParams }: RepPageProps) {
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
  const weekNames = view.weeks.map(({ week }) => {
    const { year, week: number } = parseIsoWeek(week);
    return t("weekName", { week: number, year });
  });
  const weekLabels = view.weeks.map(({ week }) => t("weekShort", { week: parseIsoWeek(week).week }));
  const countKeys = view.effortKeys.filter(
    (key) => setup.metrics.find((m) => m.key === key)?.kind !== "time",
  );
  const hasMinutes = view.weeks.some((week) => week.derived?.minutesPerCall != null);
  const effortChart: WeeklyChartData = {
    weekLabels,
    series: [
      ...countKeys.map((key) => ({
        id: key,
        label: own(labels.metrics, key) ?? key,
        values: view.weeks.map((week) => own(week.totals, key) ?? null),
        type: "bar" as const,
        axis: "count" as const,
      })),
      ...(hasMinutes
        ? [
            {
              id: "minutesPerCall",
              label: tCharts("minutesPerCall"),
              values: view.weeks.map((week) => week.derived?.minutesPerCall ?? null),
              type: "line" as const,
              axis: "minutes" as const,
            },
          ]
        : []),
    ],
  };
  const trendOf = (key: string) => view.trends.find((trend) => trend.ratioKey === key) ?? null;
  const derived = [
    { key: "callsPerHour", value: view.derived.callsPerHour },
    { key: "minutesPerCall", value: view.derived.minutesPerCall },
    { key: "callsPerAppointment", value: view.derived.callsPerAppointment },
  ].filter((rate) => rate.value !== null);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{member.name}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {t("repSubtitle", {
            status: member.status,
            startedOn: format.dateTime(dateForDisplay(member.startedOn), { dateStyle: "medium" }),
          })}
        </p>
      </div>
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
          <section aria-labelledby="ratios-heading" className="space-y-3">
            <h2 id="ratios-heading" className="text-lg font-semibold">
              {t("ratiosHeading", { weeks: view.weeksWorked })}
            </h2>
            <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("intervalExplained")}</p>
            <ul className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
              {view.ratios
                // A ratio never recorded reads "not recorded"; one recorded with a 0 base is noise.
                .filter((ratio) => ratio.denominator > 0 || ratio.weeks === 0)
                .map((ratio) => (
                  <li
                    key={ratio.key}
                    className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
                  >
                    <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">
                      {labels.ratios[ratio.key] ?? ratio.key}
                    </h3>
                    <p className="mt-1 text-lg">
                      <RatioValue
                        ratio={ratio}
                        unit={labels.units[ratio.denominatorKey] ?? ratio.denominatorKey}
                        relativePrecision={setup.relativePrecision}
                      />
                    </p>
                    {view.headlineRatioKeys.includes(ratio.key) ? (
                      <p className="mt-1">
                        <TrendText trend={trendOf(ratio.key)} />
                      </p>
                    ) : null}
                  </li>
                ))}
            </ul>
            {derived.length > 0 ? (
              <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
                {derived.map((rate) => (
                  <div key={rate.key}>
                    <dt className="text-slate-600 dark:text-slate-400">{t(`derived.${rate.key}`)}</dt>
                    <dd className="text-lg font-medium tabular-nums">
                      {format.number(rate.value ?? 0, { maximumFractionDigits: 1 })}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </section>

          {view.story ? <EffortStory story={view.story} labels={labels.metrics} /> : null}

          <section aria-labelledby="charts-heading" className="space-y-4">
            <h2 id="charts-heading" className="text-lg font-semibold">
              {t("chartsHeading")}
            </h2>
            <ChartFigure
              id="effort"
              title={tCharts("effortTitle")}
              description={hasMinutes ? tCharts("effortDescription") : undefined}
              data={effortChart}
              weekNames={weekNames}
            />
            <div className="grid gap-4 lg:grid-cols-2">
              {view.headlineRatioKeys.map((key) => (
                <ChartFigure
                  key={key}
                  id={`ratio-${key}`}
                  title={labels.ratios[key] ?? key}
                  description={tCharts("bandDescription")}
                  note={
                    (view.unusualWeeks[key]?.length ?? 0) > 0
                      ? tNumbers("unusualWeeks", {
                          count: view.unusualWeeks[key]?.length ?? 0,
                          weeks: (view.unusualWeeks[key] ?? [])
                            .map((week) => t("weekShort", { week: parseIsoWeek(week).week }))
                            .join(", "),
                        })
                      : undefined
                  }
                  weekNames={weekNames}
                  data={{
                    weekLabels,
                    series: [
                      {
                        id: key,
                        label: labels.ratios[key] ?? key,
                        values: view.weeks.map((week) => week.ratios[key]?.value ?? null),
                        type: "line",
                        axis: "percent",
                        marked: view.weeks.map(({ week }) => view.unusualWeeks[key]?.includes(week) ?? false),
                      },
                    ],
                    band: {
                      label: tCharts("interval"),
                      lows: view.weeks.map((week) => week.ratios[key]?.low ?? null),
                      highs: view.weeks.map((week) => week.ratios[key]?.high ?? null),
                    },
                  }}
                />
              ))}
            </div>
          </section>

          <section aria-labelledby="lagging-heading" className="space-y-3">
            <h2 id="lagging-heading" className="text-lg font-semibold">
              {t("lagging.heading")}
            </h2>
            <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("lagging.intro")}</p>
            <RepWeekTable
              weeks={view.weeks}
              weekNames={weekNames}
              countKeys={countKeys}
              labels={labels.metrics}
              currency={setup.currency}
              caption={t("lagging.weekCaption", { name: member.name })}
            />
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("lagging.pipelineCoverageRep")}</p>
          </section>
        </>
      )}
    </div>
  );
}
