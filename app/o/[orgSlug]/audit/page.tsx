import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/teams/audit-filters";
import { AuditTable } from "@/components/teams/audit-table";
import { auditFilterOptions, listAuditEvents } from "@/lib/data/audit-log";
import { AUDIT_PAGE_SIZE, auditQueryString, changeLines, parseAuditQuery } from "@/lib/teams/audit-view";
import { requireOrgPermission } from "@/lib/tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

const pageLinkClass =
  "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";

export default async function AuditPage({ params, searchParams }: PageProps<"/o/[orgSlug]/audit">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "audit.read");
  const query = parseAuditQuery(await searchParams);
  const [t, options, { events, total }] = await Promise.all([
    getTranslations("audit"),
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
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      <AuditFilters path={path} query={query} actions={options.actions} actors={options.actors} />
      <p className="text-sm" role="status">
        {t("total", { count: total })}
      </p>
      {events.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">
          {t("noEvents")}
        </p>
      ) : (
        <AuditTable
          orgName={ctx.org.name}
          events={events.map((e) => ({ ...e, changes: changeLines(e.before, e.after) }))}
        />
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-between gap-4">
          {query.page > 1 ? (
            <Link
              href={`${path}${auditQueryString(query, query.page - 1)}`}
              className={pageLinkClass}
              rel="prev"
            >
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm">{t("page", { page: Math.min(query.page, pages), pages })}</span>
          {query.page < pages ? (
            <Link
              href={`${path}${auditQueryString(query, query.page + 1)}`}
              className={pageLinkClass}
              rel="next"
            >
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
