import Link from "next/link";
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { EarlyWarningItem } from "@/lib/dashboard/early-warnings-view";
import { parseIsoWeek } from "@/lib/weeks/iso-week";

/**
 * The current early warnings in words, each linking to the rep's chart of that ratio. Self-
 * contained: give it earlyWarnings(...) and the ratio labels (funnelLabels(...).ratios).
 */
export function EarlyWarnings({
  orgSlug,
  warnings,
  ratioLabels,
}: {
  orgSlug: string;
  warnings: readonly EarlyWarningItem[];
  ratioLabels: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("earlyWarnings");
  return (
    <Section
      headingId="early-warnings-heading"
      title={t("heading")}
      intro={t("explain")}
      introClassName="max-w-3xl text-sm text-slate-700 dark:text-slate-300"
    >
      {warnings.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 dark:border-slate-700">
          {t("none")}
        </p>
      ) : (
        <ul className="space-y-2">
          {warnings.map((warning) => (
            <li key={`${warning.memberId}-${warning.ratioKey}`}>
              <Link
                href={`/o/${orgSlug}/reps/${warning.memberId}#ratio-${warning.ratioKey}-title`}
                className="text-indigo-700 underline hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100"
              >
                {t(warning.kind, {
                  name: warning.memberName,
                  ratio: inSentence(ratioLabels[warning.ratioKey] ?? warning.ratioKey),
                  side: warning.side,
                  weeks: warning.weeks,
                  week: parseIsoWeek(warning.latestWeek).week,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** "Appointments per conversation" inside a sentence; an acronym ("KPI …") keeps its capitals. */
function inSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? label
    : label.charAt(0).toLowerCase() + label.slice(1);
}
