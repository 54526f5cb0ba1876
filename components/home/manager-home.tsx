import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RowsPager } from "@/components/ui/pager";
import { Section } from "@/components/ui/section";
import type { ManagerHome, RepRow } from "@/lib/dashboard/home-view";
import type { FunnelLabels } from "@/lib/dashboard/labels";
import type { PageOf } from "@/lib/paging";
import { GoalActual, GoalChance } from "./goal-text";
import { type NeedsDoing, NeedsDoingList } from "./needs-doing";
import { RepRows } from "./rep-rows";
import { HomeTiles } from "./tiles";

/** The manager's Monday screen: the period's tiles, the team's week, each rep, what to do. */
export function ManagerHomeView(props: {
  orgSlug: string;
  home: ManagerHome;
  /** The page of home.reps to show (?page=). */
  reps: PageOf<RepRow>;
  labels: FunnelLabels;
  primaryRatioKey: string | null;
  relativePrecision: number;
  needsDoing: NeedsDoing;
  /** The early warnings (components/dashboard/early-warnings.tsx), rendered by the page. */
  earlyWarnings?: ReactNode;
}) {
  const t = useTranslations("orgHome");
  const { home, labels, reps } = props;
  const base = `/o/${props.orgSlug}`;
  const ratioKey = props.primaryRatioKey;
  const ratioLabel = ratioKey ? (labels.ratios[ratioKey] ?? ratioKey) : null;
  const denominator = home.tiles.primaryRatio?.denominatorKey ?? "";
  const team = `${base}/team?period=4w`;
  return (
    <>
      <Section
        headingId="period-heading"
        title={t("periodHeading", { from: home.period.fromWeek, to: home.period.toWeek })}
      >
        <HomeTiles
          tiles={home.tiles}
          ratioLabel={ratioLabel}
          ratioUnit={labels.units[denominator] ?? ""}
          relativePrecision={props.relativePrecision}
          links={{ appointments: `${base}/goals`, ratio: team, calls: team, hours: `${base}/profitability` }}
          headingLevel={3}
        />
        <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h3 className="text-sm font-medium text-slate-700 dark:text-slate-300">{t("teamThisWeek")}</h3>
          <p className="mt-1">
            <GoalActual progress={home.teamThisWeek} />
          </p>
          <p className="mt-1">
            <GoalChance progress={home.teamThisWeek} />
          </p>
        </div>
      </Section>

      <NeedsDoingList orgSlug={props.orgSlug} items={props.needsDoing} />

      {props.earlyWarnings}

      <Section headingId="reps-heading" title={t("reps.heading")}>
        <RepRows orgSlug={props.orgSlug} reps={reps.rows} ratioLabel={ratioLabel} />
        <RowsPager
          label={t("reps.pages")}
          status={(range) => t("reps.showing", range)}
          page={reps}
          hrefFor={(number) => `${base}?page=${number}#reps-heading`}
          scroll
        />
      </Section>
    </>
  );
}
