import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/dashboard/empty-state";
import { LeadingLaggingTable } from "@/components/dashboard/leading-lagging-table";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { TeamTable } from "@/components/dashboard/team-table";
import { TrendText } from "@/components/dashboard/trend-text";
import { visibleMemberIds } from "@/lib/dashboard/access";
import { funnelLabels } from "@/lib/dashboard/labels";
import { laggingTotals, NO_LAGGING } from "@/lib/dashboard/lagging-view";
import { type PeriodSearchParams, periodQuery, resolvePeriod } from "@/lib/dashboard/period";
import { buildTeamView, trendFromWeek } from "@/lib/dashboard/team-view";
import { loadKpiSetup, loadWeekRecords } from "@/lib/data/kpi-data";
import { listLaggingResults } from "@/lib/data/lagging";
import { latestPipelineCoverage } from "@/lib/data/surveys";
import { mondayDateOfIsoWeek } from "@/lib/kpi/iso-week";
import { can } from "@/lib/permissions";
import { requireOrgPermission } from "@/lib/tenant";
import { isoWeekLabel, todayIn } from "@/lib/weeks/calendar";

interface TeamPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<PeriodSearchParams>;
}

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("teamTitle") };
}

export default async function TeamPage({ params, searchParams }: TeamPageProps) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "kpis.read.team");
  const period = resolvePeriod(await searchParams, isoWeekLabel(todayIn(ctx.org.timeZone, new Date())));
  const range = {
    fromWeekStart: mondayDateOfIsoWeek(period.fromWeek),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
  };
  const [t, tAll, format, setup, records, lagging, coverage] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations(),
    getFormatter(),
    loadKpiSetup(ctx),
    loadWeekRecords(ctx, {
      fromWeekStart: mondayDateOfIsoWeek(trendFromWeek(period.fromWeek, period.toWeek)),
      toWeekStart: range.toWeekStart,
    }),
    listLaggingResults(ctx, range),
    latestPipelineCoverage(ctx, can(ctx.role, "survey.run")),
  ]);
  const visible = visibleMemberIds(ctx);
  const view = buildTeamView({
    metrics: setup.metrics,
    members: setup.members,
    records,
    fromWeek: period.fromWeek,
    toWeek: period.toWeek,
    targetHalfWidth: setup.targetHalfWidth,
    visibleMemberIds: visible,
  });
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const basePath = `/o/${ctx.org.slug}/team`;
  const primaryKey = view.primaryRatioKey;
  const outcomeKey = view.total.ratios[primaryKey ?? ""]?.numeratorKey;
  const results = laggingTotals(lagging.filter((entry) => visible === null || visible.has(entry.memberId)));
  const teamResults = laggingTotals(lagging).team;

  const coverageText =
    coverage === null
      ? t("lagging.pipelineCoverageNone")
      : coverage.coverage === null
        ? t("lagging.pipelineCoverageNoTarget", { title: coverage.round.title })
        : t("lagging.pipelineCoverage", {
            coverage: format.number(coverage.coverage, {
              style: "percent",
              maximumFractionDigits: 0,
            }),
            expected: format.number(coverage.expectedToClose, {
              style: "currency",
              currency: setup.currency,
            }),
            target: format.number(coverage.target, { style: "currency", currency: setup.currency }),
            title: coverage.round.title,
            count: coverage.responses,
          });

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("teamTitle")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t("teamIntro")}</p>
      </div>
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
                  targetHalfWidth={setup.targetHalfWidth}
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
              labels={labels}
              targetHalfWidth={setup.targetHalfWidth}
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
            {outcomeKey && primaryKey ? (
              <LeadingLaggingTable
                caption={t("lagging.caption")}
                bookedLabel={labels.metrics[outcomeKey] ?? outcomeKey}
                rateLabel={labels.ratios[primaryKey] ?? primaryKey}
                currency={setup.currency}
                rows={[
                  ...view.rows.map((row) => ({
                    id: row.memberId,
                    name: row.name,
                    booked: row.totals[outcomeKey] ?? 0,
                    bookedRate: (
                      <RatioValue
                        ratio={row.ratios[primaryKey]}
                        unit={labels.units[row.ratios[primaryKey]?.denominatorKey ?? ""] ?? ""}
                        targetHalfWidth={setup.targetHalfWidth}
                        compact
                      />
                    ),
                    lagging: results.byMember[row.memberId] ?? NO_LAGGING,
                  })),
                  {
                    id: "team",
                    name: t("teamTotal"),
                    booked: view.total.totals[outcomeKey] ?? 0,
                    bookedRate: (
                      <RatioValue
                        ratio={view.total.ratios[primaryKey]}
                        unit={labels.units[view.total.ratios[primaryKey]?.denominatorKey ?? ""] ?? ""}
                        targetHalfWidth={setup.targetHalfWidth}
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
