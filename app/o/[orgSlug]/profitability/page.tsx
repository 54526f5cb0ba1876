import { getFormatter, getTranslations } from "next-intl/server";
import { PayHistoryForm } from "@/components/dashboard/pay-history-form";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { ProfitabilityTable } from "@/components/dashboard/profitability-table";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { RowsPager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import { resolvePeriod } from "@/lib/dashboard/period";
import { parsePage } from "@/lib/paging";
import { can } from "@/lib/permissions";
import { loadProfitability } from "@/lib/profitability/load-profitability";
import { requireOrgPermission } from "@/lib/tenant";
import { isoWeekLabel, todayIn } from "@/lib/weeks/calendar";
import { removePayChangeAction, savePayChangeAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("profitability");
  return { title: t("title") };
}

/** People per page: the table and their pay forms (500 of each were 2.2 MB of HTML). */
const PAGE_SIZE = 25;

async function ProfitabilityPage({ params, searchParams }: PageProps<"/o/[orgSlug]/profitability">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "costs.read");
  const today = todayIn(ctx.org.timeZone, new Date());
  const query = await searchParams;
  const period = resolvePeriod(query, isoWeekLabel(today));
  const [t, format, loaded] = await Promise.all([
    getTranslations("profitability"),
    getFormatter(),
    loadProfitability(ctx, period, { number: parsePage(query.page), size: PAGE_SIZE }),
  ]);
  const { rows, page, valueModel, grossMargin, currency } = loaded;
  const mayManage = can(ctx.role, "costs.manage");
  const basePath = `/o/${ctx.org.slug}/profitability`;
  const pageHref = (number: number) => {
    const params = new URLSearchParams();
    for (const key of ["period", "from", "to"] as const) {
      const value = query[key];
      if (typeof value === "string") params.set(key, value);
    }
    if (number > 1) params.set("page", String(number));
    return params.size > 0 ? `${basePath}?${params}` : basePath;
  };

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      {page.matching === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <>
          <PeriodPicker basePath={basePath} period={period} />
          <ul className="max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
            <li>{t("grossMarginNote", { margin: format.number(grossMargin, { style: "percent" }) })}</li>
            <li>{valueModel ? t("valueModelNote") : t("valueModelMissing")}</li>
            <li>{t("costNote")}</li>
          </ul>
          <ProfitabilityTable
            rows={rows}
            currency={currency}
            caption={t("caption", { from: period.fromWeek, to: period.toWeek })}
          />
          <RowsPager
            label={t("pages")}
            status={(range) => t("showing", range)}
            page={{ ...page, rows }}
            hrefFor={pageHref}
          />
          <Section
            headingId="costs-heading"
            title={t("costsHeading")}
            intro={mayManage ? t("costsIntro") : t("costsReadOnly")}
          >
            {rows.map(({ person, pay }) => (
              <PayHistoryForm
                key={person.id}
                orgSlug={ctx.org.slug}
                save={savePayChangeAction}
                remove={removePayChangeAction}
                member={person}
                history={pay}
                currency={currency}
                today={today}
                mayManage={mayManage}
              />
            ))}
          </Section>
        </>
      )}
    </div>
  );
}

export default withClientMessages(["profitability"], ProfitabilityPage);
