import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { gettingStarted } from "@/lib/dashboard/getting-started";
import { listMetrics } from "@/lib/data/funnel";
import { listMembersWithActivity } from "@/lib/data/members";
import { metricLabel } from "@/lib/i18n/metric-label";
import { can } from "@/lib/permissions";
import { requireOrgPage } from "@/lib/tenant";
import { dateForDisplay, isoWeekLabel } from "@/lib/weeks/calendar";

export default async function OrgOverviewPage({ params }: PageProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPage(orgSlug);
  const [t, tAll, format, team, funnel] = await Promise.all([
    getTranslations("overview"),
    getTranslations(),
    getFormatter(),
    listMembersWithActivity(ctx),
    listMetrics(ctx),
  ]);
  const labelOf = (key: string) => {
    const metric = funnel.find((m) => m.key === key);
    return metric ? metricLabel(metric, tAll) : key;
  };
  const steps = gettingStarted(ctx.role, {
    otherMembers: team.filter((member) => member.id !== ctx.member?.id).length,
    weeksLogged: team.reduce((sum, member) => sum + member.weeksLogged, 0),
    ownWeeksLogged: team.find((member) => member.id === ctx.member?.id)?.weeksLogged ?? 0,
  });
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title", { org: ctx.org.name })}</h1>

      {steps.length > 0 ? <GettingStarted orgSlug={ctx.org.slug} steps={steps} /> : null}

      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-lg font-semibold">
          {t("teamHeading")}
        </h2>
        <DataTable caption={t("teamCaption", { org: ctx.org.name })}>
          <TableHead>
            <tr>
              <ColumnHeader>{t("name")}</ColumnHeader>
              <ColumnHeader>{t("role")}</ColumnHeader>
              <ColumnHeader>{t("status")}</ColumnHeader>
              <ColumnHeader>{t("startedOn")}</ColumnHeader>
              <ColumnHeader align="end">{t("weeksLogged")}</ColumnHeader>
              <ColumnHeader>{t("lastWeekLogged")}</ColumnHeader>
            </tr>
          </TableHead>
          <tbody>
            {team.map((member) => (
              <Row key={member.id}>
                <RowHeader>
                  {member.name}
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {member.email}
                  </span>
                </RowHeader>
                <Cell>{tAll(`roles.${member.role}`)}</Cell>
                <Cell>{tAll(`memberStatus.${member.status}`)}</Cell>
                <Cell className="whitespace-nowrap">
                  {format.dateTime(dateForDisplay(member.startedOn), { dateStyle: "medium" })}
                </Cell>
                <Cell align="end" className="tabular-nums">
                  {format.number(member.weeksLogged)}
                </Cell>
                <Cell className="whitespace-nowrap">
                  {member.lastWeekLogged ? isoWeekLabel(member.lastWeekLogged) : t("never")}
                </Cell>
              </Row>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading" className="text-lg font-semibold">
          {t("funnelHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t("funnelIntro")}{" "}
          {can(ctx.role, "funnel.manage") ? (
            <Link
              href={`/o/${ctx.org.slug}/funnel`}
              className="font-medium text-indigo-700 underline dark:text-indigo-300"
            >
              {t("adaptFunnel")}
            </Link>
          ) : null}
        </p>
        <ol className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {funnel
            .filter((m) => !m.retiredAt)
            .map((metric) => (
              <li
                key={metric.key}
                className="rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900"
              >
                <span className="block font-medium">{labelOf(metric.key)}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {t("metricKind", { kind: metric.kind })}
                  {metric.ofKey
                    ? ` · ${t(metric.kind === "outcome" ? "outcomeOf" : "stageAfter", { stage: labelOf(metric.ofKey) })}`
                    : null}
                </span>
              </li>
            ))}
        </ol>
      </section>
    </div>
  );
}
