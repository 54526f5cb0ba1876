import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WhatIfPlanner } from "@/components/dashboard/what-if-planner";
import { WhatIfRatiosView } from "@/components/dashboard/what-if-ratios";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { loadKeptWeekRecords, loadKpiSetup } from "@/lib/dashboard/data/kpi-data";
import { funnelLabels } from "@/lib/dashboard/labels";
import { resolvePeriod } from "@/lib/dashboard/period";
import {
  nothingToPlanFrom,
  readWhatIfForm,
  whatIfBasis,
  whatIfFields,
  whatIfRatios,
} from "@/lib/dashboard/what-if-view";
import { computeKpis } from "@/lib/kpi/kpis";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

export async function generateMetadata() {
  const t = await getTranslations("whatIf");
  return { title: t("title") };
}

async function WhatIfPage({ params, searchParams }: PageProps<"/o/[orgSlug]/what-if">) {
  const { orgSlug } = await params;
  // Everyone's weeks go into the ratios: managers and owners, like GET /api/v1/what-if.
  const ctx = await requireOrgPermission(orgSlug, "entries.read.any");
  // The period and the person choose the data, so they come from the address; the target and
  // the rest of the question are answered in the browser, from the counts below.
  const fields = whatIfFields(await searchParams);
  const form = readWhatIfForm(fields);
  const period = resolvePeriod({ period: form.values.period }, currentWeekOf(ctx.org.timeZone).week);
  const [t, tAll, setup] = await Promise.all([
    getTranslations("whatIf"),
    getTranslations(),
    loadKpiSetup(ctx),
  ]);
  const member = form.values.member ? setup.members.find((m) => m.id === form.values.member) : undefined;
  // Another organization's member, or no member at all: not found, as everywhere.
  if (form.values.member && !member) notFound();
  const weeks = await loadKeptWeekRecords(ctx, {
    fromWeekStart: mondayDateOfIsoWeek(period.fromWeek),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
    memberId: member?.id,
  });
  const kpis = computeKpis({ metrics: setup.metrics, weeks, relativePrecision: setup.relativePrecision });
  const basis = whatIfBasis(kpis, { weeks, metrics: setup.metrics });
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const basePath = `/o/${ctx.org.slug}/what-if`;
  const empty = nothingToPlanFrom(basis);

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      <WhatIfPlanner
        action={basePath}
        loaded={fields}
        members={setup.members
          .map(({ id, name }) => ({ id, name }))
          .sort((a, b) => a.name.localeCompare(b.name))}
        labels={labels}
        basis={empty ? null : basis}
      >
        {empty ? (
          <EmptyState
            title={t("emptyTitle")}
            action={
              form.values.period === "52w"
                ? undefined
                : { href: `${basePath}?period=52w`, label: t("emptyLonger") }
            }
          >
            <p>{t("emptyNext")}</p>
          </EmptyState>
        ) : (
          <WhatIfRatiosView
            ratios={whatIfRatios(kpis)}
            from={period.fromWeek}
            to={period.toWeek}
            who={member?.name ?? t("wholeTeamInline")}
            labels={labels}
            relativePrecision={setup.relativePrecision}
          />
        )}
      </WhatIfPlanner>
    </div>
  );
}

export default withClientMessages(["errors", "whatIf"], WhatIfPage);
