import { useFormatter, useTranslations } from "next-intl";
import type { Trend } from "@/lib/dashboard/team-view";

/** The arrow is decoration; the words carry the trend (colour is never the only signal). */
export function TrendText({ trend, ratioLabel }: { trend: Trend | null; ratioLabel?: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (!trend || trend.change === null) {
    return (
      <span className="text-xs text-slate-600 dark:text-slate-400">
        {t("trendNone", { weeks: trend?.window ?? 4 })}
      </span>
    );
  }
  const points = format.number(Math.abs(trend.change) * 100, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  // Below a twentieth of a point the rounded change reads 0.0: call it unchanged.
  const direction = Math.abs(trend.change) < 0.0005 ? "flat" : trend.change > 0 ? "up" : "down";
  const arrow = { up: "↑", down: "↓", flat: "→" }[direction];
  return (
    <span className="text-sm sm:whitespace-nowrap">
      <span aria-hidden="true" className="mr-1 font-bold">
        {arrow}
      </span>
      {ratioLabel ? <span className="sr-only">{ratioLabel}: </span> : null}
      {t("trend", { direction, points, weeks: trend.window })}
    </span>
  );
}
