import { useTranslations } from "next-intl";
import type { RatioView } from "@/lib/dashboard/ratio-view";
import { useFormatter } from "@/lib/i18n/formatter";

interface RatioValueProps {
  ratio: RatioView | undefined;
  /** The denominator's word for "≈238 more …". */
  unit: string;
  relativePrecision: number;
  /** In a table cell: the verdict on a second, shorter line. */
  compact?: boolean;
  /** false in a table whose column header already says how many rows have enough data. */
  verdict?: boolean;
}

/** A ratio is never shown bare: always with its 95% interval and whether that is tight enough. */
export function RatioValue({
  ratio,
  unit,
  relativePrecision,
  compact = false,
  verdict = true,
}: RatioValueProps) {
  const t = useTranslations("dashboard");
  const tn = useTranslations("numbers");
  const format = useFormatter();
  if (ratio?.weeks === 0)
    return (
      <span className="text-slate-600 dark:text-slate-400" data-not-recorded={ratio.key}>
        {tn("notRecorded")}
      </span>
    );
  if (!ratio || ratio.value === null)
    return <span className="text-slate-600 dark:text-slate-400">{t("noRatio")}</span>;
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // Formatted only where shown: a team table has a hundred of these cells, in compact form.
  const share = () => format.number(relativePrecision * 100, { maximumFractionDigits: 1 });
  return (
    <span className="inline-block">
      {/* The value and its interval may wrap apart in a narrow cell, never inside either. */}
      <span className="font-medium tabular-nums" data-ratio={ratio.key}>
        {ratio.low === null || ratio.high === null
          ? t("ratioWithoutInterval", { value: percent(ratio.value) })
          : t.rich("ratioWithInterval", {
              value: percent(ratio.value),
              low: percent(ratio.low),
              high: percent(ratio.high),
              part: (chunks) => <span className="whitespace-nowrap">{chunks}</span>,
            })}
      </span>
      {compact ? null : (
        <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">
          {tn("countsOverWeeks", {
            numerator: format.number(ratio.numerator),
            denominator: format.number(ratio.denominator),
            weeks: ratio.weeks,
          })}
        </span>
      )}
      {!verdict ? null : ratio.enoughData ? (
        <span className="block text-xs text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>
          {tn("enoughDataRelative", { share: share() })}
        </span>
      ) : ratio.additionalNeeded !== null ? (
        <span className="block text-xs text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">◔ </span>
          {compact
            ? t("notEnoughDataShort", { count: format.number(ratio.additionalNeeded), unit })
            : tn("notEnoughDataRelative", {
                count: format.number(ratio.additionalNeeded),
                unit,
                share: share(),
              })}
          {ratio.additionalWeeks !== null && ratio.additionalWeeks > 0 ? (
            <span className="block" data-weeks-more={ratio.additionalWeeks}>
              {tn("moreWeeksAtThisPace", { weeks: ratio.additionalWeeks })}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
