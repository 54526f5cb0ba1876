import { getFormatter, getTranslations } from "next-intl/server";
import { ResultsForm } from "@/components/dashboard/results-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { loadKpiSetup } from "@/lib/dashboard/data/kpi-data";
import { listLaggingResults } from "@/lib/entries/data/lagging";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { saveLaggingResultAction } from "./actions";

/** How far back the list of entered results reaches. */
const RECENT_WEEKS = 13;

export async function generateMetadata() {
  const t = await getTranslations("results");
  return { title: t("title") };
}

async function ResultsPage({ params }: PageProps<"/o/[orgSlug]/results">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "entries.write.any");
  const currentWeek = currentWeekOf(ctx.org.timeZone).week;
  const lastWeek = addIsoWeeks(currentWeek, -1);
  const [t, format, setup, results] = await Promise.all([
    getTranslations("results"),
    getFormatter(),
    loadKpiSetup(ctx),
    listLaggingResults(ctx, {
      fromWeekStart: mondayDateOfIsoWeek(addIsoWeeks(currentWeek, -(RECENT_WEEKS - 1))),
      toWeekStart: mondayDateOfIsoWeek(currentWeek),
    }),
  ]);
  const reps = setup.members
    .filter((member) => member.role === "rep" || member.status === "active")
    .map((member) => ({ id: member.id, name: member.name }));
  const nameOf = new Map(setup.members.map((member) => [member.id, member.name]));
  const money = (value: number) => format.number(value, { style: "currency", currency: setup.currency });

  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      <section
        aria-labelledby="enter-heading"
        className="max-w-2xl rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="enter-heading" className="mb-4 text-lg font-semibold">
          {t("formTitle")}
        </h2>
        <ResultsForm
          orgSlug={ctx.org.slug}
          action={saveLaggingResultAction}
          reps={reps}
          defaultPeriod={lastWeek}
        />
      </section>
      <Section headingId="recent-heading" title={t("recentHeading", { weeks: RECENT_WEEKS })}>
        {results.length === 0 ? (
          <EmptyState title={t("emptyTitle")}>
            <p>{t("emptyBody")}</p>
          </EmptyState>
        ) : (
          <DataTable caption={t("recentHeading", { weeks: RECENT_WEEKS })} numeric>
            <TableHead>
              <tr>
                <ColumnHeader>{t("week")}</ColumnHeader>
                <ColumnHeader>{t("rep")}</ColumnHeader>
                <ColumnHeader align="end">{t("appointmentsHeld")}</ColumnHeader>
                <ColumnHeader align="end">{t("dealsWon")}</ColumnHeader>
                <ColumnHeader align="end">{t("revenueWon")}</ColumnHeader>
              </tr>
            </TableHead>
            <tbody>
              {[...results].reverse().map((row) => (
                <Row key={`${row.memberId}:${row.weekStart}`}>
                  <RowHeader className="font-normal">{isoWeekOfDate(row.weekStart)}</RowHeader>
                  <Cell>{nameOf.get(row.memberId) ?? row.memberId}</Cell>
                  <Cell align="end">{format.number(row.appointmentsHeld)}</Cell>
                  <Cell align="end">{format.number(row.dealsWon)}</Cell>
                  <Cell align="end">{money(row.revenueWon)}</Cell>
                </Row>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>
    </div>
  );
}

export default withClientMessages(["results"], ResultsPage);
