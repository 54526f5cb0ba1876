import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { EffortStory as Story, StoryPart } from "@/lib/dashboard/rep-view";
import { useFormatter } from "@/lib/i18n/formatter";

/**
 * The seed's good sign in words: fewer calls, longer calls, more appointments. Each line says
 * which way it went, so the story does not depend on reading a chart.
 */
export function EffortStory({ story, labels }: { story: Story; labels: Record<string, string> }) {
  const t = useTranslations("dashboard.story");
  const format = useFormatter();
  const direction = ({ early, late }: StoryPart) =>
    early === null || late === null
      ? "unknown"
      : Math.abs(late - early) < 1e-9
        ? "same"
        : late > early
          ? "up"
          : "down";
  const show = (value: number | null, digits: number) =>
    value === null
      ? "–"
      : format.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    {
      key: "stage",
      label: labels[story.firstStageKey] ?? story.firstStageKey,
      part: story.firstStagePerWeek,
      digits: 1,
    },
    { key: "minutes", label: t("minutesPerCall"), part: story.minutesPerCall, digits: 1 },
    {
      key: "outcome",
      label: labels[story.outcomeKey] ?? story.outcomeKey,
      part: story.outcomePerWeek,
      digits: 1,
    },
  ];
  const goodSign =
    direction(story.firstStagePerWeek) === "down" &&
    direction(story.minutesPerCall) === "up" &&
    direction(story.outcomePerWeek) === "up";
  return (
    <Section
      headingId="story-heading"
      title={t("heading")}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t("comparing", {
          earlyFrom: story.earlyWeeks.from,
          earlyTo: story.earlyWeeks.to,
          lateFrom: story.lateWeeks.from,
          lateTo: story.lateWeeks.to,
        })}
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-3">
        {lines
          .filter((line) => direction(line.part) !== "unknown")
          .map((line) => {
            const way = direction(line.part);
            return (
              <li key={line.key} className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
                <span className="block text-sm font-medium">
                  {line.key === "minutes" ? line.label : t("perWeek", { metric: line.label })}
                </span>
                <span className="text-lg tabular-nums">
                  <span aria-hidden="true" className="mr-1 font-bold">
                    {way === "up" ? "↑" : way === "down" ? "↓" : "→"}
                  </span>
                  {t("change", {
                    early: show(line.part.early, line.digits),
                    late: show(line.part.late, line.digits),
                    direction: way,
                  })}
                </span>
              </li>
            );
          })}
      </ul>
      {goodSign ? (
        <p className="mt-3 font-medium text-emerald-800 dark:text-emerald-300">{t("goodSign")}</p>
      ) : null}
    </Section>
  );
}
