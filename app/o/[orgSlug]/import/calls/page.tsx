import { getTranslations } from "next-intl/server";
import { CallLogImportForm } from "@/components/activity/call-log-import-form";
import { CallLogMappingForm } from "@/components/activity/call-log-mapping-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { SPACED_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { loadCallLogMapping } from "@/lib/activity/data/call-log";
import { listMetrics } from "@/lib/entries/data/funnel";
import { metricLabel } from "@/lib/i18n/metric-label";
import { can } from "@/lib/permissions";
import { requireOrgPermission } from "@/lib/tenant";

async function CallLogImportPage({ params }: PageProps<"/o/[orgSlug]/import/calls">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "entries.write.any");
  const [t, tAll, funnel, mapping] = await Promise.all([
    getTranslations("callLog"),
    getTranslations(),
    listMetrics(ctx),
    loadCallLogMapping(ctx),
  ]);
  // Every call counts as a call; outcomes can count toward the other stages and outcomes.
  const outcomeMetrics = funnel
    .filter((m) => !m.retiredAt && m.key !== "calls" && m.kind !== "time")
    .map((m) => ({ key: m.key, label: metricLabel(m, tAll) }));
  const owner = can(ctx.role, "settings.manage");
  return (
    <div className="space-y-8">
      <PageHeading dataEntry title={t("title")} intro={t("intro")} introClassName={SPACED_PAGE_INTRO} />
      <Section headingId="mapping-heading" title={t("mappingHeading")}>
        {owner ? (
          <CallLogMappingForm orgSlug={orgSlug} current={mapping} metrics={outcomeMetrics} />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {mapping ? t("mappingSaved") : t("mappingMissing")}
          </p>
        )}
      </Section>
      <Section headingId="calls-import-heading" title={t("importHeading")}>
        {mapping ? (
          <CallLogImportForm orgSlug={orgSlug} />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("mappingFirst")}</p>
        )}
      </Section>
    </div>
  );
}

export default withClientMessages(["callLog", "errors"], CallLogImportPage);
