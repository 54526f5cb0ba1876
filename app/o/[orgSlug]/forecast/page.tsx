import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ForecastBasis } from "@/components/forecast/forecast-basis";
import { ForecastFormView } from "@/components/forecast/forecast-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { visibleMemberIds } from "@/lib/dashboard/access";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import {
  FORECAST_DEFAULT_WEEKS,
  FORECAST_LEARNING_WEEKS,
  type ForecastAnswer,
  forecastChart,
  forecastSelection,
  readForecastForm,
} from "@/lib/dashboard/forecast-view";
import { InsufficientDataError } from "@/lib/kpi/what-if";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek, parseIsoWeek } from "@/lib/weeks/iso-week";

export async function generateMetadata() {
  const t = await getTranslations("forecast");
  return { title: t("title") };
}

async function ForecastPage({ params, searchParams }: PageProps<"/o/[orgSlug]/forecast">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "kpis.read.team");
  const form = readForecastForm(await searchParams);
  const visible = visibleMemberIds(ctx);
  // A manager chooses the team or any rep; a rep sees only their own forecast, and another
  // rep's (or another organization's member) does not exist for them: 404.
  const memberId = visible === null ? form.values.member || null : (ctx.member?.id ?? null);
  if (visible !== null && (memberId === null || (form.values.member && form.values.member !== memberId))) {
    notFound();
  }
  const setup = await loadKpiSetup(ctx);
  const member = memberId ? setup.members.find((m) => m.id === memberId) : undefined;
  if (memberId && !member) notFound();

  // Like GET /api/v1/forecast: learned from the 26 weeks ending this week, forecast after it.
  const to = currentWeekOf(ctx.org.timeZone).week;
  const from = addIsoWeeks(to, -(FORECAST_LEARNING_WEEKS - 1));
  const [t, records] = await Promise.all([
    getTranslations("forecast"),
    // The whole team's weeks: one rep's forecast leans on the team's prior.
    loadWeekRecords(ctx, { fromWeekStart: mondayDateOfIsoWeek(from), toWeekStart: mondayDateOfIsoWeek(to) }),
  ]);
  let answer: ForecastAnswer | null = null;
  try {
    answer = forecastSelection({
      records,
      memberId,
      to,
      weeks: FORECAST_DEFAULT_WEEKS,
      plannedCallsPerWeek: form.plannedCalls,
    });
  } catch (error) {
    if (!(error instanceof InsufficientDataError)) throw error;
  }
  const weekName = (week: string) => {
    const { year, week: number } = parseIsoWeek(week);
    return t("weekName", { week: number, year });
  };
  const basePath = `/o/${ctx.org.slug}/forecast`;
  const isOwn = member !== undefined && member.id === ctx.member?.id;
  const who = member ? (isOwn ? t("you") : member.name) : t("team");

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      <ForecastFormView
        action={basePath}
        form={form}
        members={visible === null ? setup.members.filter((m) => m.status === "active") : null}
      />
      {answer === null ? (
        <EmptyState
          title={t("emptyTitle")}
          action={ctx.member ? { href: `/o/${ctx.org.slug}/week`, label: t("emptyAction") } : undefined}
        >
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <Section
            headingId="forecast-total"
            title={t("totalHeading", { weeks: answer.weeks.length })}
            intro={t("total", { ...answer.total })}
            introClassName="text-lg"
            className="space-y-1"
          />
          <ChartFigure
            id="forecast"
            title={t("chartTitle")}
            description={t("chartDescription")}
            data={forecastChart(answer.weeks, {
              weekShort: (week) => t("weekShort", { week }),
              expected: t("expected"),
              band: t("band"),
            })}
            weekNames={answer.weeks.map((w) => weekName(w.week))}
          />
          <ForecastBasis
            basis={answer.basis}
            who={who}
            name={member ? member.name : null}
            from={weekName(from)}
            to={weekName(to)}
          />
        </>
      )}
    </div>
  );
}

export default withClientMessages(["charts"], ForecastPage);
