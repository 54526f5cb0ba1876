import { useTranslations } from "next-intl";
import type { GoalProgress } from "@/lib/dashboard/goal-progress";
import { GoalActual, GoalChance } from "./goal-text";

/** This week's goal, actual against it and the chance at the current pace (team and rep pages). */
export function GoalCard({ progress, heading }: { progress: GoalProgress | null; heading: string }) {
  const t = useTranslations("goals");
  return (
    <section
      aria-label={heading}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 className="text-sm font-medium text-slate-700 dark:text-slate-300">{heading}</h2>
      <p className="mt-1">
        <GoalActual progress={progress} />
      </p>
      {progress ? (
        <p className="mt-1">
          <GoalChance progress={progress} />
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("noGoalHint")}</p>
      )}
    </section>
  );
}
