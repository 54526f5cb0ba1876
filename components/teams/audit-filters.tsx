import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Options } from "@/components/ui/options";
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
      <FilterSelect
        name="action"
        label={t("action")}
        anyLabel={t("anyAction")}
        value={query.action}
        options={actions.map((action) => ({ value: action, label: label(action) }))}
      />
      <FilterSelect
        name="actor"
        label={t("actor")}
        anyLabel={t("anyActor")}
        value={query.actor}
        options={actors.map((actor) => ({ value: actor.id, label: `${actor.name} (${actor.email})` }))}
      />
      <DateFilter name="from" label={t("from")} value={query.from} />
      <DateFilter name="to" label={t("to")} value={query.to} />
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

/** One filter: its label above it; the control's id is `audit-{name}`. */
function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A choice of one value, or any (the empty value). */
function FilterSelect({
  name,
  label,
  anyLabel,
  value,
  options,
}: {
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const id = `audit-${name}`;
  return (
    <Filter id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{anyLabel}</option>
        <Options options={options} />
      </select>
    </Filter>
  );
}

function DateFilter({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  const id = `audit-${name}`;
  return (
    <Filter id={id} label={label}>
      <input id={id} type="date" name={name} defaultValue={value ?? ""} className={inputClass} />
    </Filter>
  );
}
