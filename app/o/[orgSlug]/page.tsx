import { getFormatter, getTranslations } from "next-intl/server";
import { listMetrics } from "@/lib/data/funnel";
import { listMembersWithActivity } from "@/lib/data/members";
import { metricLabel } from "@/lib/i18n/metric-label";
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
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("title", { org: ctx.org.name })}</h1>

      <section aria-labelledby="team-heading">
        <h2 id="team-heading" className="text-lg font-semibold">
          {t("teamHeading")}
        </h2>
        <div className="mt-3 overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("teamCaption", { org: ctx.org.name })}</caption>
            <thead className="bg-slate-100 dark:bg-slate-800">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("role")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("status")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("startedOn")}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t("weeksLogged")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("lastWeekLogged")}
                </th>
              </tr>
            </thead>
            <tbody>
              {team.map((member) => (
                <tr key={member.id} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {member.name}
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                      {member.email}
                    </span>
                  </th>
                  <td className="px-4 py-2">{tAll(`roles.${member.role}`)}</td>
                  <td className="px-4 py-2">{tAll(`memberStatus.${member.status}`)}</td>
                  <td className="px-4 py-2">
                    {format.dateTime(dateForDisplay(member.startedOn), { dateStyle: "medium" })}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{format.number(member.weeksLogged)}</td>
                  <td className="px-4 py-2">
                    {member.lastWeekLogged ? isoWeekLabel(member.lastWeekLogged) : t("never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading" className="text-lg font-semibold">
          {t("funnelHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("funnelIntro")}</p>
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
