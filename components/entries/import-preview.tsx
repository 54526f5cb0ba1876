"use client";
// The dry run's answer: a summary, the reps that would be created, and every row's result
// with its problems next to it, in the user's language.
import { useTranslations } from "next-intl";
import type { ImportPlan } from "@/lib/entries/import-plan";

const ACTION_STYLE = {
  create: "bg-green-100 text-green-900 dark:bg-green-900/40 dark:text-green-100",
  update: "bg-indigo-100 text-indigo-900 dark:bg-indigo-900/40 dark:text-indigo-100",
  unchanged: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  error: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100",
} as const;

export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const t = useTranslations("import");
  const tErrors = useTranslations("errors");
  if (plan.fileError) {
    return (
      <section aria-labelledby="preview-heading" className="space-y-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("previewHeading")}
        </h2>
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {t("fileError", { message: tErrors(plan.fileError.key, plan.fileError.values) })}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="preview-heading" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("previewHeading")}
      </h2>
      <p role="status">{t("summary", plan.counts)}</p>
      {plan.newMembers.length > 0 ? (
        <p>
          {t("newMembers", {
            count: plan.newMembers.length,
            emails: plan.newMembers.map((m) => m.email).join(", "),
          })}
        </p>
      ) : null}
      {plan.counts.error > 0 ? (
        <p className="font-medium text-red-800 dark:text-red-300">{t("fixFirst")}</p>
      ) : null}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {(["line", "email", "week", "action", "problems"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.line} className="border-t border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="px-3 py-2 font-medium tabular-nums">
                  {row.line}
                </th>
                <td className="px-3 py-2">
                  {row.email}
                  {row.newMember && row.action !== "error" ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
                      {t("newMember")}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">{row.week}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-2 py-0.5 text-xs font-semibold ${ACTION_STYLE[row.action]}`}>
                    {t(`action.${row.action}`)}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {row.errors.length > 0 ? (
                    <ul className="space-y-1 text-red-800 dark:text-red-300">
                      {row.errors.map((e) => (
                        <li key={`${e.column}:${e.error.key}`}>
                          {t("problem", { column: e.column, message: tErrors(e.error.key, e.error.values) })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
