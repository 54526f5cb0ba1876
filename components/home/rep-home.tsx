import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import type { RepHome, Tiles } from "@/lib/dashboard/home-view";
import { MIN_OTHER_REPS_FOR_TEAM_TOTAL } from "@/lib/dashboard/home-view";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import { GoalActual, GoalChance } from "./goal-text";
import { HomeTiles } from "./tiles";

const CARD =
  "space-y-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** The rep's screen: my week first, then my goal, my numbers, and the team only when safe. */
export function RepHomeView(props: {
  orgSlug: string;
  memberId: string;
  home: RepHome;
  labels: FunnelLabels;
  primaryRatioKey: string | null;
  relativePrecision: number;
  openRound: { title: string } | null;
}) {
  const t = useTranslations("orgHome.my");
  const { home, labels } = props;
  const base = `/o/${props.orgSlug}`;
  const ratioLabel = props.primaryRatioKey
    ? (labels.ratios[props.primaryRatioKey] ?? props.primaryRatioKey)
    : null;
  const unit = labels.units[home.mine.primaryRatio?.denominatorKey ?? ""] ?? "";
  const mine = `${base}/reps/${props.memberId}`;
  // My numbers and the team's read alike; every tile of a set links to the same page.
  const tilesLinkingTo = (tiles: Tiles, href: string) => (
    <HomeTiles
      tiles={tiles}
      ratioLabel={ratioLabel}
      ratioUnit={unit}
      relativePrecision={props.relativePrecision}
      links={{ appointments: href, ratio: href, calls: href, hours: href }}
      headingLevel={3}
    />
  );
  return (
    <>
      <Section headingId="my-week-heading" title={t("weekHeading")} className={CARD}>
        {home.lastWeekMissing ? (
          <p
            role="status"
            className="rounded-md bg-amber-50 p-3 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100"
          >
            {t("lastWeekMissing", { week: home.lastWeek })}{" "}
            <Link href={`${base}/week?week=${home.lastWeek}`} className="underline">
              {t("fillLastWeek")}
            </Link>
          </p>
        ) : null}
        <p>
          {home.thisWeek === "filled"
            ? t("thisWeekFilled")
            : home.thisWeek === "notWorked"
              ? t("thisWeekOff")
              : t("thisWeekOpen")}
        </p>
        <Link href={`${base}/week`} className={buttonClass()}>
          {t("fillThisWeek")}
        </Link>
      </Section>

      <Section headingId="my-goal-heading" title={t("goalHeading")} className={CARD}>
        <p>
          <GoalActual progress={home.thisWeekGoal} />
        </p>
        <p>
          <GoalChance progress={home.thisWeekGoal} />
        </p>
      </Section>

      {props.openRound ? (
        <p className="rounded-xl border border-indigo-200 bg-indigo-50 p-4 dark:border-indigo-900 dark:bg-indigo-950/40">
          {t("surveyOpen", { title: props.openRound.title })}{" "}
          <Link
            href={`${base}/survey`}
            className="font-medium text-indigo-700 underline dark:text-indigo-300"
          >
            {t("answerSurvey")}
          </Link>
        </p>
      ) : null}

      <Section
        headingId="my-numbers-heading"
        title={t("numbersHeading", { from: home.period.fromWeek, to: home.period.toWeek })}
      >
        {home.hasData ? (
          tilesLinkingTo(home.mine, mine)
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noData")}</p>
        )}
      </Section>

      <Section headingId="team-total-heading" title={t("teamHeading")}>
        {home.team ? (
          tilesLinkingTo(home.team, `${base}/team`)
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("teamHidden", { count: MIN_OTHER_REPS_FOR_TEAM_TOTAL })}
          </p>
        )}
      </Section>
    </>
  );
}
