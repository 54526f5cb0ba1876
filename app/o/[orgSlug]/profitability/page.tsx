import { getTranslations } from "next-intl/server";
import { CostForm } from "@/components/dashboard/cost-form";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ProfitabilityTable } from "@/components/dashboard/profitability-table";
import { EmptyState } from "@/components/ui/empty-state";
import { type PeriodSearchParams, resolvePeriod } from "@/lib/dashboard/period";
import { buildProfitability } from "@/lib/dashboard/profitability-view";
import { loadKpiSetup, loadWeekRecords } from "@/lib/data/kpi-data";
import { listLaggingResults } from "@/lib/data/lagging";
import { listMemberCosts } from "@/lib/data/member-costs";
import { getOrgSettings } from "@/lib/data/org-settings";
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/kpi/iso-week";
import { can } from "@/lib/permissions";
import { requireOrgPermission } from "@/lib/tenant";
import { isoWeekLabel, todayIn } from "@/lib/weeks/calendar";
import { saveMemberCostAction } from "./actions";

interface ProfitabilityPageProps {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<PeriodSearchParams>;
}

export async function generateMetadata() {
  const t = await getTranslations("profitability");
  return { title: t("title") };
}

export default async function ProfitabilityPage({ params, searchParams }: ProfitabilityPageProps) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "costs.read");
  const period = resolvePeriod(await searchParams, isoWeekLabel(todayIn(ctx.org.timeZone, new Date())));
  const [t, setup, settings, costs] = await Promise.all([
    getTranslations("profitability"),
    loadKpiSetup(ctx),
    getOrgSettings(ctx),
    listMemberCosts(ctx),
  ]);
  // The whole history up to the period's end: payback counts from each rep's start.
  const earliest = setup.members.map((m) => m.startedOn).sort()[0] ?? mondayDateOfIsoWeek(period.fromWeek);
  const span = {
    fromWeekStart: mondayDateOfIsoWeek(isoWeekOfDate(earliest)),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
  };
  const [records, lagging] = await Promise.all([loadWeekRecords(ctx, span), listLaggingResults(ctx, span)]);
  const logging = new Set(records.map((r) => r.memberId));
  const people = setup.members
    .filter((m) => m.role === "rep" || logging.has(m.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const valueModel =
    settings.showRate !== null && settings.closeRate !== null && settings.averageDealValue !== null
      ? {
          showRate: settings.showRate,
          closeRate: settings.closeRate,
          averageDealValue: settings.averageDealValue,
        }
      : null;
  const rows = buildProfitability({
    metrics: setup.metrics,
    people,
    records,
    lagging,
    costs,
    valueModel,
    fromWeek: period.fromWeek,
    toWeek: period.toWeek,
  });
  const mayManage = can(ctx.role, "costs.manage");

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      {people.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <PeriodPicker basePath={`/o/${ctx.org.slug}/profitability`} period={period} />
          {valueModel ? null : (
            <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("valueModelMissing")}</p>
          )}
          <ProfitabilityTable
            rows={rows}
            currency={setup.currency}
            caption={t("caption", { from: period.fromWeek, to: period.toWeek })}
          />
          {mayManage ? (
            <section aria-labelledby="costs-heading" className="space-y-3">
              <h2 id="costs-heading" className="text-lg font-semibold">
                {t("costsHeading")}
              </h2>
              <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("costsIntro")}</p>
              {people.map((person) => {
                const cost = costs.get(person.id);
                return (
                  <CostForm
                    key={person.id}
                    orgSlug={ctx.org.slug}
                    action={saveMemberCostAction}
                    member={{ id: person.id, name: person.name }}
                    kind={cost?.kind ?? "none"}
                    amount={cost ? (cost.kind === "hourly" ? cost.ratePerHour : cost.perMonth) : null}
                  />
                );
              })}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
