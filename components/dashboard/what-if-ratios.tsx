import { useTranslations } from "next-intl";
import { FULL_WIDTH_SECTION_INTRO } from "@/components/ui/intro-styles";
import { Section } from "@/components/ui/section";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import { ratioView } from "@/lib/dashboard/ratio-view";
import type { WhatIfRatios } from "@/lib/dashboard/what-if-view";
import { useFormatter } from "@/lib/i18n/formatter";
import type { KpiRatio } from "@/lib/kpi/kpis";
import { RatioValue } from "./ratio-value";

/** The pooled ratios the plan runs on, each with its interval: the plan is only as good as these. */
export function WhatIfRatiosView({
  ratios,
  from,
  to,
  who,
  labels,
  relativePrecision,
}: {
  ratios: WhatIfRatios;
  from: string;
  to: string;
  who: string;
  labels: FunnelLabels;
  relativePrecision: number;
}) {
  const t = useTranslations("whatIf");
  const tDashboard = useTranslations("dashboard");
  const format = useFormatter();
  // The organization's own names for its metrics and ratios, renames included.
  const row = (ratio: KpiRatio | undefined) =>
    ratio ? (
      <div key={ratio.key} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
        <dt className="text-sm text-slate-700 dark:text-slate-300">
          {labels.ratios[ratio.key] ?? ratio.key}
        </dt>
        <dd className="mt-1">
          <RatioValue
            ratio={ratioView(ratio)}
            unit={labels.units[ratio.denominatorKey] ?? ratio.denominatorKey}
            relativePrecision={relativePrecision}
          />
        </dd>
      </div>
    ) : null;
  return (
    <Section
      headingId="what-if-ratios"
      title={t("ratiosHeading")}
      intro={t("ratiosIntro", { from, to, who })}
      introClassName={FULL_WIDTH_SECTION_INTRO}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <dl className="grid gap-3 sm:grid-cols-2">
        {row(ratios.appointmentsPerCall)}
        {row(ratios.conversationsPerCall)}
        {row(ratios.appointmentsPerConversation)}
        <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <dt className="text-sm text-slate-700 dark:text-slate-300">{tDashboard("derived.callsPerHour")}</dt>
          <dd className="mt-1 font-medium tabular-nums">
            {ratios.callsPerHour === null
              ? t("notLogged")
              : format.number(ratios.callsPerHour, { maximumFractionDigits: 1 })}
          </dd>
        </div>
      </dl>
    </Section>
  );
}
