import { getLocale, getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/entries/import-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { INSTRUCTIONS_SECTION_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { csvColumnNames, csvHeader } from "@/lib/entries/csv-headers";
import { csvLanguage, csvLanguages } from "@/lib/entries/csv-languages";
import { listMetrics } from "@/lib/entries/data/funnel";
import { languageOf } from "@/lib/i18n/locale";
import { requireOrgPermission } from "@/lib/tenant";

async function ImportPage({ params }: PageProps<"/o/[orgSlug]/import">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "entries.write.any");
  const [t, tCalls, funnel, locale] = await Promise.all([
    getTranslations("import"),
    getTranslations("callLog"),
    listMetrics(ctx),
    getLocale(),
  ]);
  // The same names the export writes in this language.
  const header = csvHeader(csvLanguage(languageOf(locale)), funnel, csvColumnNames(funnel, csvLanguages()));
  const exportBase = `/o/${orgSlug}/import/export`;
  const linkStyle = "text-indigo-700 underline dark:text-indigo-300";
  return (
    <div className="space-y-8">
      <PageHeading dataEntry title={t("title")} intro={t("intro")}>
        <p>
          <a className={linkStyle} href={`/o/${orgSlug}/import/calls`}>
            {tCalls("linkFromImport")}
          </a>
        </p>
      </PageHeading>
      <Section
        headingId="import-heading"
        title={t("importHeading")}
        intro={t("format", {
          email: header.email,
          week: header.week,
          notWorked: header.notWorked,
          yes: header.yes,
          no: header.no,
          names: header.metrics.map((m) => m.name).join(", "),
          keys: funnel.map((m) => m.key).join(", "),
        })}
        introClassName={INSTRUCTIONS_SECTION_INTRO}
      >
        <ImportForm orgSlug={orgSlug} />
      </Section>
      <Section
        headingId="export-heading"
        title={t("exportHeading")}
        intro={t("exportIntro")}
        introClassName={INSTRUCTIONS_SECTION_INTRO}
      >
        <ul className="list-inside list-disc space-y-1">
          <li>
            <a className={linkStyle} href={`${exportBase}/weeks`} download>
              {t("exportCsv")}
            </a>
          </li>
          <li>
            <a className={linkStyle} href={`${exportBase}/weeks?dialect=semicolon`} download>
              {t("exportCsvDutch")}
            </a>
          </li>
          <li>
            <a className={linkStyle} href={`${exportBase}/organization`} download>
              {t("exportJson")}
            </a>
          </li>
        </ul>
      </Section>
    </div>
  );
}

export default withClientMessages(["errors", "import"], ImportPage);
