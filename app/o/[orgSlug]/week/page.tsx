import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteWeekForm } from "@/components/entries/delete-week-form";
import { UnusableWeek } from "@/components/entries/unusable-week";
import { WeekForm } from "@/components/entries/week-form";
import { WeekPicker } from "@/components/entries/week-picker";
import { withClientMessages } from "@/components/i18n/client-messages";
import { OutcomeNote } from "@/components/ui/form-message";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { listMetrics, metricDefinition } from "@/lib/entries/data/funnel";
import { listMemberWeeks, loadWeekForm, weekEndsBeforeStart } from "@/lib/entries/data/weeks";
import { chosenMemberId, firstRecentWeek, weekPageView } from "@/lib/entries/week-page-view";
import { parseWeekText } from "@/lib/entries/week-text";
import { NotFoundError } from "@/lib/errors";
import { metricLabel } from "@/lib/i18n/metric-label";
import { can } from "@/lib/permissions";
import { listMembers } from "@/lib/teams/data/members";
import { requireOrgPermission } from "@/lib/tenant";
import { addDaysTo, currentWeekOf, dateForDisplay } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek, parseIsoWeek } from "@/lib/weeks/iso-week";

const sundayOf = (monday: string) => addDaysTo(monday, 6);

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

async function WeekPage({ params, searchParams }: PageProps<"/o/[orgSlug]/week">) {
  const { orgSlug } = await params;
  const query = await searchParams;
  const ctx = await requireOrgPermission(orgSlug, "entries.write.own");
  if (!ctx.member) notFound();
  const current = currentWeekOf(ctx.org.timeZone);
  const requested = typeof query.week === "string" ? parseWeekText(query.week, current.week) : null;
  // A week that cannot be filled in is said so, with no form: never the current week in
  // its place, where a save would store the numbers under another week.
  if (requested && !requested.ok) {
    return (
      <UnusableWeek
        orgSlug={orgSlug}
        text={String(query.week)}
        error={requested.error}
        current={current.week}
      />
    );
  }
  const week = requested?.ok ? requested.week : current.week;
  const forOthers = can(ctx.role, "entries.write.any");
  const memberId = chosenMemberId(forOthers, query.member, ctx.member.id);
  const weekStart = mondayDateOfIsoWeek(week);
  const firstRecent = firstRecentWeek(current.week);

  const [t, tFix, tAll, format, funnel, form, recent, people] = await Promise.all([
    getTranslations("weekly"),
    getTranslations("weekCorrection"),
    getTranslations(),
    getFormatter(),
    listMetrics(ctx),
    orNotFound(loadWeekForm(ctx, memberId, weekStart, mondayDateOfIsoWeek(addIsoWeeks(week, -1)))),
    orNotFound(listMemberWeeks(ctx, memberId, mondayDateOfIsoWeek(firstRecent), current.weekStart)),
    forOthers ? listMembers(ctx) : Promise.resolve([]),
  ]);

  const own = memberId === ctx.member.id;
  const page = weekPageView({
    orgSlug,
    memberId,
    ownWeek: own,
    week,
    currentWeek: current.week,
    funnel,
    form,
    labelOf: (m) => metricLabel(m, tAll),
    recent,
    people,
  });
  const { year, week: weekNumber } = parseIsoWeek(week);
  const dateOf = (date: string) => format.dateTime(dateForDisplay(date), { dateStyle: "medium" });
  const beforeStart = weekEndsBeforeStart(weekStart, form.member.startedOn);
  const deleted = query.deleted === "1";

  return (
    <div className="space-y-8">
      <PageHeading
        dataEntry
        title={own ? t("title") : t("titleOther", { name: form.member.name })}
        intro={t("intro")}
      />

      {forOthers ? (
        <WeekPicker
          orgSlug={orgSlug}
          week={week}
          maxWeek={current.week}
          memberId={memberId}
          members={page.pickable}
        />
      ) : null}

      <section aria-labelledby="week-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <div>
            <h2 id="week-heading" className="text-xl font-semibold">
              {t("weekHeading", { week: weekNumber, year })}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("weekRange", { start: dateOf(weekStart), end: dateOf(sundayOf(weekStart)) })}
            </p>
          </div>
          <nav aria-label={t("choose")} className="flex gap-3 text-sm">
            <Link className="text-indigo-700 underline dark:text-indigo-300" href={page.previousHref}>
              {t("previousWeek")}
            </Link>
            {page.later ? (
              <>
                <Link className="text-indigo-700 underline dark:text-indigo-300" href={page.later.nextHref}>
                  {t("nextWeek")}
                </Link>
                <Link
                  className="text-indigo-700 underline dark:text-indigo-300"
                  href={page.later.currentHref}
                >
                  {t("toCurrentWeek")}
                </Link>
              </>
            ) : null}
          </nav>
        </div>
        {deleted ? <OutcomeNote ok>{tFix("deleted", { week })}</OutcomeNote> : null}
        {beforeStart ? (
          <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            {tFix("beforeStart", { name: form.member.name, date: dateOf(form.member.startedOn) })}
          </p>
        ) : null}
        <WeekForm
          key={`${memberId}:${week}:${deleted ? "after-delete" : ""}`}
          orgSlug={orgSlug}
          memberId={memberId}
          week={week}
          metrics={funnel.map(metricDefinition)}
          fields={page.fields}
          notWorked={form.entry?.notWorked ?? false}
          version={form.entry?.version ?? 0}
          previousNotWorked={form.previous?.notWorked ?? false}
          askBeforeStart={beforeStart}
        />
        {/* Always mounted: after a delete the page re-renders without the week, and the form
            must live on to open the fresh, empty week. It shows nothing without a stored week. */}
        <DeleteWeekForm
          orgSlug={orgSlug}
          memberId={memberId}
          memberName={form.member.name}
          week={week}
          version={form.entry?.version ?? 0}
        />
      </section>

      <Section headingId="recent-heading" title={t("recentHeading")}>
        <DataTable caption={t("recentCaption", { name: form.member.name })}>
          <TableHead>
            <tr>
              <ColumnHeader>{t("week")}</ColumnHeader>
              <ColumnHeader>{t("statusColumn")}</ColumnHeader>
            </tr>
          </TableHead>
          <tbody>
            {page.recent.map((recentWeek) => (
              <Row key={recentWeek.week}>
                <RowHeader>
                  <Link
                    href={recentWeek.href}
                    aria-current={recentWeek.shown ? "page" : undefined}
                    className="text-indigo-700 underline dark:text-indigo-300"
                  >
                    {recentWeek.week}
                  </Link>
                </RowHeader>
                <Cell>{t(`status.${recentWeek.status}`)}</Cell>
              </Row>
            ))}
          </tbody>
        </DataTable>
      </Section>
    </div>
  );
}

export default withClientMessages(["activity", "errors", "weekCorrection", "weekly"], WeekPage);
