import Link from "next/link";
import { useTranslations } from "next-intl";
import { COMPACT_CONTROL } from "@/components/ui/control-styles";
import { PERIOD_KINDS, type Period, periodQuery } from "@/lib/dashboard/period";

/** Links for the usual periods and a form for a custom range: the choice lives in the URL. */
export function PeriodPicker({ basePath, period }: { basePath: string; period: Period }) {
  const t = useTranslations("dashboard.period");
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <nav aria-label={t("label")}>
        <p className="text-sm font-medium" aria-hidden="true">
          {t("label")}
        </p>
        <ul className="mt-1 flex flex-wrap gap-1">
          {PERIOD_KINDS.filter((kind) => kind !== "custom").map((kind) => (
            <li key={kind}>
              <Link
                href={`${basePath}?${periodQuery({ kind, fromWeek: "", toWeek: "" })}`}
                aria-current={period.kind === kind ? "page" : undefined}
                className={`inline-block rounded-md border px-3 py-1.5 text-sm ${
                  period.kind === kind
                    ? "border-indigo-700 bg-indigo-700 font-semibold text-white"
                    : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                }`}
              >
                {t(kind)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        action={basePath}
        className="flex flex-wrap items-end gap-2"
        aria-label={t("custom")}
      >
        <input type="hidden" name="period" value="custom" />
        <WeekBound name="from" label={t("from")} value={period.fromWeek} />
        <WeekBound name="to" label={t("to")} value={period.toWeek} />
        <button
          type="submit"
          className={`rounded-md border px-3 py-1.5 text-sm font-semibold ${
            period.kind === "custom"
              ? "border-indigo-700 bg-indigo-700 text-white"
              : "border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          }`}
        >
          {t("apply")}
        </button>
      </form>
      <p className="w-full text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t("showing", { from: period.fromWeek, to: period.toWeek })}
        {period.adjusted ? ` ${t("adjusted")}` : null}
      </p>
    </div>
  );
}

/** One end of a custom period: an ISO week. */
function WeekBound({ name, label, value }: { name: "from" | "to"; label: string; value: string }) {
  return (
    <label className="text-sm font-medium">
      {label}
      <input type="week" name={name} required defaultValue={value} className={COMPACT_CONTROL} />
    </label>
  );
}
