import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteWeekForm } from "@/components/entries/delete-week-form";
import { UnusableWeek } from "@/components/entries/unusable-week";
import { type WeekField, WeekForm } from "@/components/entries/week-form";
import { WeekPicker } from "@/components/entries/week-picker";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { listMetrics, metricDefinition } from "@/lib/entries/data/funnel";
import { listMemberWeeks, loadWeekForm, weekEndsBeforeStart } from "@/lib/entries/data/weeks";
import { unitOf } from "@/lib/entries/validate-week";
import { parseWeekText } from "@/lib/entries/week-text";
import { NotFoundError } from "@/lib/errors";
import { metricLabel } from "@/lib/i18n/metric-label";
import { own as ownValue } from "@/lib/kpi/user-keys";
import { can } from "@/lib/permissions";
import { listMembers } from "@/lib/teams/data/members";
import { requireOrgPermission } from "@/lib/tenant";
import { addDaysTo, currentWeekOf, dateForDisplay } from "@/lib/weeks/calendar";
import {
  addIsoWeeks,
  compareIsoWeeks,
  listIsoWeeks,
  mondayDateOfIsoWeek,
  parseIsoWeek,
} from "@/lib/weeks/iso-week";

const RECENT_WEEKS = 8;

const sundayOf = (monday: string) => addDaysTo(monday, 6);

async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function WeekPage({ params, searchParams }: PageProps<"/o/[orgSlug]/week">) {
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
  const memberId =
    forOthers && typeof query.member === "string" && query.member ? query.member : ctx.member.id;
  const weekStart = mondayDateOfIsoWeek(week);
  const firstRecent = addIsoWeeks(current.week, -(RECENT_WEEKS - 1));

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

  const entryValues = form.entry?.values ?? {};
  const fields: WeekField[] = funnel
    .filter((m) => !m.retiredAt || ownValue(entryValues, m.key) !== undefined)
    .map((m) => ({
      key: m.key,
      label: metricLabel(m, tAll),
      unit: unitOf(m),
      retired: m.retiredAt !== null,
      value: ownValue(entryValues, m.key) ?? null,
      previous: ownValue(form.previous?.values, m.key) ?? null,
      counted: form.sources.counted[m.key] ?? null,
      corrected: form.sources.correctedAt[m.key] !== undefined,
      eventsAfterCorrection: form.sources.eventsAfterCorrection[m.key] ?? 0,
    }));
  const definitions = funnel.map(metricDefinition);
  const own = memberId === ctx.member.id;
  const linkTo = (target: string) =>
    `/o/${orgSlug}/week?week=${target}${own ? "" : `&member=${encodeURIComponent(memberId)}`}`;
  const { year, week: weekNumber } = parseIsoWeek(week);
  const dateOf = (date: string) => format.dateTime(dateForDisplay(date), { dateStyle: "medium" });
  const byWeek = new Map(recent.map((r) => [r.week, r]));
  const beforeStart = weekEndsBeforeStart(weekStart, form.member.startedOn);
  const deleted = query.deleted === "1";

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">
          {own ? t("title") : t("titleOther", { name: form.member.name })}
        </h1>
        <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </header>

      {forOthers ? (
        <WeekPicker
          orgSlug={orgSlug}
          week={week}
          maxWeek={current.week}
          memberId={memberId}
          members={people
            .filter((p) => p.status !== "deactivated" || p.id === memberId)
            .map((p) => ({ id: p.id, name: p.name }))}
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
            <Link
              className="text-indigo-700 underline dark:text-indigo-300"
              href={linkTo(addIsoWeeks(week, -1))}
            >
              {t("previousWeek")}
            </Link>
            {compareIsoWeeks(week, current.week) < 0 ? (
              <>
                <Link
                  className="text-indigo-700 underline dark:text-indigo-300"
                  href={linkTo(addIsoWeeks(week, 1))}
                >
                  {t("nextWeek")}
                </Link>
                <Link className="text-indigo-700 underline dark:text-indigo-300" href={linkTo(current.week)}>
                  {t("toCurrentWeek")}
                </Link>
              </>
            ) : null}
          </nav>
        </div>
        {deleted ? (
          <p
            role="status"
            className="rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
          >
            {tFix("deleted", { week })}
          </p>
        ) : null}
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
          metrics={definitions}
          fields={fields}
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

      <section aria-labelledby="recent-heading" className="space-y-3">
        <h2 id="recent-heading" className="text-lg font-semibold">
          {t("recentHeading")}
        </h2>
        <DataTable caption={t("recentCaption", { name: form.member.name })}>
          <TableHead>
            <tr>
              <ColumnHeader>{t("week")}</ColumnHeader>
              <ColumnHeader>{t("statusColumn")}</ColumnHeader>
            </tr>
          </TableHead>
          <tbody>
            {listIsoWeeks(firstRecent, current.week)
              .reverse()
              .map((w) => {
                const entry = byWeek.get(w);
                const status = entry ? (entry.notWorked ? "notWorked" : "filled") : "missing";
                return (
                  <Row key={w}>
                    <RowHeader>
                      <Link
                        href={linkTo(w)}
                        aria-current={w === week ? "page" : undefined}
                        className="text-indigo-700 underline dark:text-indigo-300"
                      >
                        {w}
                      </Link>
                    </RowHeader>
                    <Cell>{t(`status.${status}`)}</Cell>
                  </Row>
                );
              })}
          </tbody>
        </DataTable>
      </section>
    </div>
  );
}
