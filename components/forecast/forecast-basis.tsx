import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { ForecastAnswer } from "@/lib/dashboard/forecast-view";
import { useFormatter } from "@/lib/i18n/formatter";

/** The basis in words: the rate, the weeks it came from, the plan, and the long-run ratio. */
export function ForecastBasis({
  basis,
  who,
  name,
  from,
  to,
}: {
  basis: ForecastAnswer["basis"];
  /** "The team", "You" or the rep's name, at the start of a sentence. */
  who: string;
  /** The rep's name for the long-run ratio; null for the team. */
  name: string | null;
  from: string;
  to: string;
}) {
  const t = useTranslations("forecast");
  const format = useFormatter();
  const percent = (value: number | null) =>
    value === null
      ? t("notRecorded")
      : format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const { appointmentsPerCall: raw } = basis;
  return (
    <Section headingId="forecast-basis" title={t("basisHeading")} className="space-y-2">
      <p>
        {t("basisRate", {
          who,
          appointments: raw.numerator,
          calls: raw.denominator,
          rate: percent(raw.value),
          weeks: basis.weeksUsed,
          from,
          to,
        })}
      </p>
      <p>
        {basis.callsPerWeekIsAverage
          ? t("basisPlanAverage", { calls: basis.callsPerWeek })
          : t("basisPlanTyped", { calls: basis.callsPerWeek })}
      </p>
      <p>{basis.weekToWeekVariation > 0 ? t("basisVariationYes") : t("basisVariationNo")}</p>
      {name !== null ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="font-semibold">{t("longRunHeading")}</h3>
          {basis.expectedLongRun ? (
            <>
              <p className="mt-1">
                {t("longRun", {
                  name,
                  longRun: percent(basis.expectedLongRun.value),
                  raw: percent(raw.value),
                })}
              </p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {t("longRunExplain", { name, share: basis.expectedLongRun.teamShare })}
              </p>
            </>
          ) : (
            <p className="mt-1">{t("longRunNone", { name })}</p>
          )}
        </div>
      ) : null}
    </Section>
  );
}
