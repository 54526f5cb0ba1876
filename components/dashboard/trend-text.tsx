import { useTranslations } from "next-intl";
import type { Trend } from "@/lib/dashboard/team-view";
import { useFormatter } from "@/lib/i18n/formatter";

/**
 * The arrow is decoration; the words carry the trend (colour is never the only signal). An
 * arrow only where the interval of the change excludes 0; otherwise "no clear change".
 */
export function TrendText({ trend, ratioLabel }: { trend: Trend | null; ratioLabel?: string }) {
  const t = useTranslations("numbers");
  const format = useFormatter();
  const weeks = trend?.window ?? 4;
  const label = ratioLabel ? <span className="sr-only">{ratioLabel}: </span> : null;
  if (!trend || trend.direction === "notEnoughData") {
    return (
      <span className="text-xs text-slate-600 dark:text-slate-400" data-trend="notEnoughData">
        {label}
        {t("trendNotEnoughData", { weeks })}
      </span>
    );
  }
  const points = (value: number) =>
    format.number(value * 100, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (trend.direction === "noClearChange") {
    return (
      <span className="text-sm sm:whitespace-nowrap" data-trend="noClearChange">
        <span aria-hidden="true" className="mr-1 font-bold">
          →
        </span>
        {label}
        {t("trendNoClearChange", { weeks })}
      </span>
    );
  }
  const [low, high] = trend.ci95 ?? [0, 0];
  return (
    <span className="text-sm" data-trend={trend.direction}>
      <span aria-hidden="true" className="mr-1 font-bold">
        {trend.direction === "up" ? "↑" : "↓"}
      </span>
      {label}
      {t("trendMoved", {
        direction: trend.direction,
        points: points(Math.abs(trend.difference ?? 0)),
        low: points(low),
        high: points(high),
        weeks,
      })}
    </span>
  );
}
