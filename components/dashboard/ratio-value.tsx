import { useFormatter, useTranslations } from "next-intl";
import type { RatioView } from "@/lib/dashboard/ratio-view";

interface RatioValueProps {
  ratio: RatioView | undefined;
  /** The denominator's word for "≈238 more …". */
  unit: string;
  targetHalfWidth: number;
  /** In a table cell: the verdict on a second, shorter line. */
  compact?: boolean;
}

/** A ratio is never shown bare: always with its 95% interval and whether that is tight enough. */
export function RatioValue({ ratio, unit, targetHalfWidth, compact = false }: RatioValueProps) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (!ratio || ratio.value === null)
    return <span className="text-slate-600 dark:text-slate-400">{t("noRatio")}</span>;
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const points = format.number(targetHalfWidth * 100, { maximumFractionDigits: 1 });
  const counts = t("counts", {
    numerator: format.number(ratio.numerator),
    denominator: format.number(ratio.denominator),
  });
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
      {compact ? null : <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">{counts}</span>}
      {ratio.enoughData ? (
        <span className="block text-xs text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true">✓ </span>
          {t("enoughData", { points })}
        </span>
      ) : ratio.additionalNeeded !== null ? (
        <span className="block text-xs text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">◔ </span>
          {t(compact ? "notEnoughDataShort" : "notEnoughData", {
            count: format.number(ratio.additionalNeeded),
            unit,
            points,
          })}
        </span>
      ) : null}
    </span>
  );
}
