import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/teams/audit-filters";
import { AuditTable } from "@/components/teams/audit-table";
import { EmptyNote } from "@/components/ui/empty-state";
import { QUIET_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { listMetrics } from "@/lib/entries/data/funnel";
import { metricLabel } from "@/lib/i18n/metric-label";
import {
  AUDIT_PAGE_SIZE,
  auditQueryString,
  auditSubject,
  changeLines,
  parseAuditQuery,
} from "@/lib/teams/audit-view";
import { auditFilterOptions, listAuditEvents } from "@/lib/teams/data/audit-log";
import { listMembers } from "@/lib/teams/data/members";
import { requireOrgPermission } from "@/lib/tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/o/[orgSlug]/audit">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "audit.read");
  const query = parseAuditQuery(await searchParams);
  const [t, tAll, people, funnel, options, { events, total }] = await Promise.all([
    getTranslations("audit"),
    getTranslations(),
    listMembers(ctx),
    listMetrics(ctx),
    auditFilterOptions(ctx),
    listAuditEvents(ctx, {
      action: query.action,
      actorUserId: query.actor,
      from: query.from,
      to: query.to,
      page: query.page,
      pageSize: AUDIT_PAGE_SIZE,
    }),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const path = `/o/${ctx.org.slug}/audit`;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} intro={t("intro")} introClassName={QUIET_PAGE_INTRO} />
      <AuditFilters path={path} query={query} actions={options.actions} actors={options.actors} />
      <p className="text-sm" role="status">
        {t("total", { count: total })}
      </p>
      {events.length === 0 ? (
        <EmptyNote>{t("noEvents")}</EmptyNote>
      ) : (
        <AuditTable
          orgName={ctx.org.name}
          events={events.map((e) => ({
            ...e,
            changes: changeLines(e.before, e.after),
            subject: auditSubject(e.subjectType, e.subjectId),
          }))}
          memberNames={Object.fromEntries(people.map((p) => [p.id, p.name]))}
          metricLabels={Object.fromEntries(funnel.map((m) => [m.key, metricLabel(m, tAll)]))}
        />
      )}
      <Pager
        label={t("pagination")}
        status={t("page", { page: Math.min(query.page, pages), pages })}
        page={Math.min(query.page, pages)}
        pageCount={pages}
        hrefFor={(number) => `${path}${auditQueryString(query, number)}`}
      />
    </div>
  );
}
