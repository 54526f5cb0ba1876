import Link from "next/link";
import { useTranslations } from "next-intl";
import { RatioValue } from "@/components/dashboard/ratio-value";
import { TrendText } from "@/components/dashboard/trend-text";
import type { Tiles } from "@/lib/dashboard/home-view";
import { useFormatter } from "@/lib/i18n/formatter";

const TILE =
  "block rounded-xl border border-slate-200 bg-white p-4 hover:border-indigo-400 focus-visible:border-indigo-400 dark:border-slate-800 dark:bg-slate-900";

/**
 * The period's headline numbers, each a link to the page that explains it. The ratio keeps
 * its interval and its trend in words; totals are plain sums.
 */
export function HomeTiles(props: {
  tiles: Tiles;
  ratioLabel: string | null;
  ratioUnit: string;
  relativePrecision: number;
  links: { appointments: string; ratio: string; calls: string; hours: string };
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("orgHome.tiles");
  const format = useFormatter();
  const { tiles } = props;
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
      <li>
        <Link href={props.links.appointments} className={TILE}>
          <Heading className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("appointments")}
          </Heading>
          <p className="mt-1 text-2xl font-semibold tabular-nums">{format.number(tiles.appointments)}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {tiles.appointmentsGoal === null
              ? t("noGoal")
              : t("appointmentsVsGoal", {
                  actual: format.number(tiles.appointments),
                  goal: format.number(tiles.appointmentsGoal),
                })}
          </p>
        </Link>
      </li>
      {props.ratioLabel ? (
        <li>
          <Link href={props.links.ratio} className={TILE}>
            <Heading className="text-sm font-medium text-slate-700 dark:text-slate-300">
              {props.ratioLabel}
            </Heading>
            <p className="mt-1 text-lg">
              <RatioValue
                ratio={tiles.primaryRatio ?? undefined}
                unit={props.ratioUnit}
                relativePrecision={props.relativePrecision}
                compact
              />
            </p>
            {/* A tile is narrow: the trend wraps here, unlike in a table row. */}
            <p className="[&_span]:whitespace-normal">
              <TrendText trend={tiles.trend} ratioLabel={props.ratioLabel} />
            </p>
          </Link>
        </li>
      ) : null}
      {tiles.calls !== null ? (
        <li>
          <Link href={props.links.calls} className={TILE}>
            <Heading className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("calls")}</Heading>
            <p className="mt-1 text-2xl font-semibold tabular-nums">{format.number(tiles.calls)}</p>
          </Link>
        </li>
      ) : null}
      {tiles.hours !== null ? (
        <li>
          <Link href={props.links.hours} className={TILE}>
            <Heading className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("hours")}</Heading>
            <p className="mt-1 text-2xl font-semibold tabular-nums">
              {t("hoursValue", { hours: format.number(tiles.hours, { maximumFractionDigits: 1 }) })}
            </p>
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
