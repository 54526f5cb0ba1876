import Link from "next/link";
import { useTranslations } from "next-intl";
import { type AuditQuery, actionMessageKey } from "@/lib/teams/audit-view";

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm dark:border-slate-700 dark:bg-slate-900";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export function AuditFilters({
  path,
  query,
  actions,
  actors,
}: {
  path: string;
  query: AuditQuery;
  actions: string[];
  actors: { id: string; name: string; email: string }[];
}) {
  const t = useTranslations("audit");
  const label = (action: string) => {
    const key = `actions.${actionMessageKey(action)}`;
    return t.has(key) ? t(key) : action;
  };
  return (
    <form
      method="get"
      action={path}
      aria-label={t("filters")}
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end dark:border-slate-800 dark:bg-slate-900"
    >
      <div>
        <label htmlFor="audit-action" className="block text-sm font-medium">
          {t("action")}
        </label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ""} className={inputClass}>
          <option value="">{t("anyAction")}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {label(action)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className="block text-sm font-medium">
          {t("actor")}
        </label>
        <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={inputClass}>
          <option value="">{t("anyActor")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {`${actor.name} (${actor.email})`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="block text-sm font-medium">
          {t("from")}
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={query.from ?? ""}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className="block text-sm font-medium">
          {t("to")}
        </label>
        <input id="audit-to" type="date" name="to" defaultValue={query.to ?? ""} className={inputClass} />
      </div>
      <div className="flex flex-wrap items-center gap-3 pb-1">
        <button
          type="submit"
          className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-indigo-700"
        >
          {t("apply")}
        </button>
        <Link href={path} className="text-sm underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
