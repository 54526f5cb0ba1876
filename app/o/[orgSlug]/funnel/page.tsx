import { getTranslations } from "next-intl/server";
import { AddMetricForm } from "@/components/funnel/add-metric-form";
import { type EditableMetric, FunnelEditor } from "@/components/funnel/funnel-editor";
import { withClientMessages } from "@/components/i18n/client-messages";
import { INSTRUCTIONS_SECTION_INTRO, SPACED_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { listMetrics } from "@/lib/entries/data/funnel";
import { metricLabel } from "@/lib/i18n/metric-label";
import { requireOrgPermission } from "@/lib/tenant";

async function FunnelPage({ params }: PageProps<"/o/[orgSlug]/funnel">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "funnel.manage");
  const [t, tAll, funnel] = await Promise.all([
    getTranslations("funnel"),
    getTranslations(),
    listMetrics(ctx),
  ]);
  const labelOf = (key: string) => {
    const metric = funnel.find((m) => m.key === key);
    return metric ? metricLabel(metric, tAll) : key;
  };
  // Retired metrics last, so the order shown is the order of the weekly form.
  const metrics: EditableMetric[] = [...funnel]
    .sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null))
    .map((m) => ({
      key: m.key,
      customLabel: m.label ?? "",
      label: labelOf(m.key),
      kind: m.kind,
      ofLabel: m.ofKey ? labelOf(m.ofKey) : null,
      retired: m.retiredAt !== null,
    }));
  const stages = funnel
    .filter((m) => m.kind === "stage" && !m.retiredAt)
    .map((m) => ({ key: m.key, label: labelOf(m.key) }));
  return (
    <div className="space-y-8">
      <PageHeading dataEntry title={t("title")} intro={t("intro")} introClassName={SPACED_PAGE_INTRO} />
      <FunnelEditor orgSlug={orgSlug} metrics={metrics} caption={t("caption")} />
      <Section
        headingId="add-heading"
        title={t("addHeading")}
        intro={t("addIntro")}
        introClassName={INSTRUCTIONS_SECTION_INTRO}
      >
        <AddMetricForm orgSlug={orgSlug} stages={stages} />
      </Section>
    </div>
  );
}

export default withClientMessages(["funnel"], FunnelPage);
