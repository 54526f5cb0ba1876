import { getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { OrgSettingsForm } from "@/components/settings/org-settings-form";
import { TwoFactorRequirementForm } from "@/components/settings/two-factor-requirement-form";
import { DownloadLink } from "@/components/ui/download-link";
import { FULL_WIDTH_SECTION_INTRO } from "@/components/ui/intro-styles";
import { Section } from "@/components/ui/section";
import { listApiKeys } from "@/lib/api/data/api-keys";
import { getTwoFactorRequirement } from "@/lib/auth/data/two-factor";
import { can } from "@/lib/permissions";
import { getOrgSettings } from "@/lib/settings/data/org-settings";
import { CURRENCIES } from "@/lib/settings/definitions";
import { requireOrgPermission } from "@/lib/tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

async function SettingsPage({ params }: PageProps<"/o/[orgSlug]/settings">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "settings.manage");
  const [t, tMove, tTwoFactor, settings, twoFactorRequired, keys] = await Promise.all([
    getTranslations("settings"),
    getTranslations("operations.export"),
    getTranslations("twoFactor"),
    getOrgSettings(ctx),
    getTwoFactorRequirement(ctx),
    can(ctx.role, "apikeys.manage") ? listApiKeys(ctx) : Promise.resolve(null),
  ]);
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 10_000) / 100);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Section
        headingId="org-heading"
        title={t("orgHeading")}
        intro={t("orgIntro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <OrgSettingsForm
          orgSlug={ctx.org.slug}
          timeZones={Intl.supportedValuesOf("timeZone")}
          currencies={CURRENCIES}
          current={{
            name: settings.name,
            timeZone: settings.timeZone,
            currency: settings.currency,
            kpiPrecisionPercent: Math.round(settings.kpiRelativePrecision * 10_000) / 100,
            showRatePercent: percent(settings.showRate),
            closeRatePercent: percent(settings.closeRate),
            averageDealValue: settings.averageDealValue,
            grossMarginPercent: Math.round(settings.grossMargin * 10_000) / 100,
          }}
        />
      </Section>
      <Section headingId="two-factor-heading" title={tTwoFactor("requirementHeading")}>
        <TwoFactorRequirementForm orgSlug={ctx.org.slug} required={twoFactorRequired} />
      </Section>
      {keys ? (
        <Section
          headingId="keys-heading"
          title={t("apiKeysHeading")}
          intro={t("apiKeysIntro")}
          introClassName={FULL_WIDTH_SECTION_INTRO}
        >
          <ApiKeysPanel orgSlug={ctx.org.slug} keys={keys} now={new Date()} />
        </Section>
      ) : null}
      <Section
        headingId="export-heading"
        title={tMove("heading")}
        intro={tMove("intro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <DownloadLink href={`/o/${ctx.org.slug}/settings/export`}>{tMove("download")}</DownloadLink>
      </Section>
    </div>
  );
}

export default withClientMessages(["apiKeyRoles", "grossMargin", "settings", "twoFactor"], SettingsPage);
