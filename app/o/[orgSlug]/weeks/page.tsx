import { getTranslations } from "next-intl/server";
import { WeekGrid } from "@/components/entries/week-grid";
import { withClientMessages } from "@/components/i18n/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { loadWeekGrid } from "@/lib/entries/data/weeks";
import { weekStatus } from "@/lib/entries/expected-weeks";
import { type GridRow, gridPage, parseGridQuery } from "@/lib/entries/week-grid-view";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, listIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

const GRID_WEEKS = 8;

async function WeeksPage({ params, searchParams }: PageProps<"/o/[orgSlug]/weeks">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "entries.read.any");
  const current = currentWeekOf(ctx.org.timeZone);
  const lastWeek = addIsoWeeks(current.week, -1);
  const weeks = listIsoWeeks(addIsoWeeks(current.week, -(GRID_WEEKS - 1)), current.week);
  const [t, grid] = await Promise.all([
    getTranslations("weekly.grid"),
    loadWeekGrid(ctx, mondayDateOfIsoWeek(weeks[0] ?? current.week), current.weekStart),
  ]);
  const rows: GridRow[] = grid.map((person) => ({
    memberId: person.id,
    name: person.name,
    email: person.email,
    invited: person.status === "invited",
    // Missing only for people who sell, are active and had started; this week is still open.
    weeks: Object.fromEntries(
      weeks.map((w) => [w, weekStatus(person, w, current.week, person.weeks[mondayDateOfIsoWeek(w)])]),
    ),
  }));
  const missingLastWeek = rows.filter((r) => r.weeks[lastWeek] === "missing").length;
  const query = parseGridQuery(await searchParams, weeks);

  return (
    <div className="space-y-6">
      <PageHeading dataEntry title={t("title")} intro={t("intro")}>
        <p className="font-medium">{t("lastWeekSummary", { count: missingLastWeek, week: lastWeek })}</p>
      </PageHeading>
      <WeekGrid
        orgSlug={orgSlug}
        page={gridPage(rows, query)}
        query={query}
        weeks={weeks}
        reminderWeek={lastWeek}
        caption={t("caption", { count: GRID_WEEKS })}
      />
    </div>
  );
}

export default withClientMessages(["weekly"], WeeksPage);
