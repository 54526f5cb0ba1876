import { useTranslations } from "next-intl";
import type { GoalProgress } from "@/lib/dashboard/goal-progress";
import { useFormatter } from "@/lib/i18n/formatter";

/** Actual against goal in words (reached or not), never colour alone. */
export function GoalActual({ progress }: { progress: GoalProgress | null }) {
  const t = useTranslations("orgHome.goal");
  if (!progress) return <span className="text-slate-600 dark:text-slate-400">{t("none")}</span>;
  if (progress.actual === null) return <span>{t("notFilled", { goal: progress.goal })}</span>;
  return (
    <span>
      {t("actual", { actual: progress.actual, goal: progress.goal })}
      {progress.reached ? (
        <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100">
          {t("reached")}
        </span>
      ) : null}
    </span>
  );
}

/** The chance of making the goal at the usual pace, or why there is none. */
export function GoalChance({ progress, short = false }: { progress: GoalProgress | null; short?: boolean }) {
  const t = useTranslations("orgHome.goal");
  const format = useFormatter();
  if (!progress) return null;
  if (progress.chance === null || progress.callsPerWeek === null) {
    return <span className="text-sm text-slate-600 dark:text-slate-400">{short ? "–" : t("noChance")}</span>;
  }
  const chance = format.number(progress.chance, { style: "percent", maximumFractionDigits: 0 });
  if (short) return <span className="tabular-nums">{chance}</span>;
  return (
    <span className="text-sm">
      {t("chance", { calls: format.number(progress.callsPerWeek), goal: progress.goal, chance })}
    </span>
  );
}
