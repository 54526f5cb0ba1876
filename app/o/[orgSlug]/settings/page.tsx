import { getTranslations } from "next-intl/server";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { OrgSettingsForm } from "@/components/settings/org-settings-form";
import { TwoFactorRequirementForm } from "@/components/settings/two-factor-requirement-form";
import { listApiKeys } from "@/lib/api/data/api-keys";
import { getTwoFactorRequirement } from "@/lib/auth/data/two-factor";
import { can } from "@/lib/permissions";
import { getOrgSettings } from "@/lib/settings/data/org-settings";
import { CURRENCIES } from "@/lib/settings/definitions";
import { requireOrgPermission } from "@/lib/tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: PageProps<"/o/[orgSlug]/settings">) {
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
      <section aria-labelledby="org-heading" className="space-y-3">
        <h2 id="org-heading" className="text-lg font-semibold">
          {t("orgHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("orgIntro")}</p>
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
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-3">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {tTwoFactor("requirementHeading")}
        </h2>
        <TwoFactorRequirementForm orgSlug={ctx.org.slug} required={twoFactorRequired} />
      </section>
      {keys ? (
        <section aria-labelledby="keys-heading" className="space-y-3">
          <h2 id="keys-heading" className="text-lg font-semibold">
            {t("apiKeysHeading")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("apiKeysIntro")}</p>
          <ApiKeysPanel orgSlug={ctx.org.slug} keys={keys} now={new Date()} />
        </section>
      ) : null}
      <section aria-labelledby="export-heading" className="space-y-3">
        <h2 id="export-heading" className="text-lg font-semibold">
          {tMove("heading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{tMove("intro")}</p>
        {/* A download, not a page: a plain link so the browser saves the file. */}
        <a
          href={`/o/${ctx.org.slug}/settings/export`}
          download
          className="inline-block text-sm font-medium underline"
        >
          {tMove("download")}
        </a>
      </section>
    </div>
  );
}
