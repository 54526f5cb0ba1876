import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { StartStep } from "@/lib/dashboard/getting-started";

/**
 * A new organization's next steps. Each step says in words whether it is done (colour and
 * the tick only repeat it) and links to where it is taken.
 */
export function GettingStarted({ orgSlug, steps }: { orgSlug: string; steps: StartStep[] }) {
  const t = useTranslations("overview.gettingStarted");
  const done = steps.filter((step) => step.done).length;
  const href = (path: string) => `/o/${orgSlug}/${path}`;
  return (
    <Section
      headingId="getting-started-heading"
      title={t("title")}
      className="rounded-xl border border-indigo-200 bg-indigo-50 p-4 sm:p-6 dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {t("intro")} {t("progress", { done, total: steps.length })}
      </p>
      <ol className="mt-4 space-y-3">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
          >
            <span
              aria-hidden="true"
              className={`flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
                step.done
                  ? "bg-green-600 text-white dark:bg-green-500 dark:text-slate-950"
                  : "border border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-200"
              }`}
            >
              {step.done ? "✓" : index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="font-semibold">
                {t(`steps.${step.key}.title`)}{" "}
                <span
                  className={`ml-1 rounded px-1.5 py-0.5 text-xs font-medium ${
                    step.done
                      ? "bg-green-100 text-green-900 dark:bg-green-900/50 dark:text-green-100"
                      : "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
                  }`}
                >
                  {step.done ? t("done") : t("todo")}
                </span>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t(`steps.${step.key}.body`)}</p>
              {step.done ? null : (
                <div className="mt-3 flex flex-wrap items-center gap-3">
                  <Link href={href(step.path)} className={buttonClass("primary", "sm")}>
                    {t(`steps.${step.key}.action`)}
                  </Link>
                  {step.otherPath ? (
                    <Link
                      href={href(step.otherPath)}
                      className="text-sm font-medium text-indigo-700 underline dark:text-indigo-300"
                    >
                      {t(`steps.${step.key}.otherAction`)}
                    </Link>
                  ) : null}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}
