import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  Cell,
  ColumnHeader,
  DataTable,
  Row,
  RowHeader,
  STICKY_FIRST_CELL,
  STICKY_FIRST_HEADER,
  TableHead,
} from "@/components/ui/table";
import type { RepRow } from "@/lib/dashboard/home-view";
import { GoalActual, GoalChance } from "./goal-text";
import { Sparkline } from "./sparkline";

/** One compact row per selling member; the name stays in view while the row scrolls. */
export function RepRows({
  orgSlug,
  reps,
  ratioLabel,
}: {
  orgSlug: string;
  reps: RepRow[];
  ratioLabel: string | null;
}) {
  const t = useTranslations("orgHome.reps");
  const tStatus = useTranslations("orgHome.status");
  if (reps.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <DataTable caption={t("caption")}>
      <TableHead>
        <tr>
          <ColumnHeader className={STICKY_FIRST_HEADER}>{t("name")}</ColumnHeader>
          <ColumnHeader>{t("thisWeek")}</ColumnHeader>
          <ColumnHeader>{t("lastWeekGoal")}</ColumnHeader>
          <ColumnHeader align="end">{t("thisWeekChance")}</ColumnHeader>
          {ratioLabel ? <ColumnHeader>{t("trend", { ratio: ratioLabel })}</ColumnHeader> : null}
          <ColumnHeader>{t("warning")}</ColumnHeader>
        </tr>
      </TableHead>
      <tbody>
        {reps.map((rep) => (
          <Row key={rep.memberId}>
            <RowHeader className={`${STICKY_FIRST_CELL} whitespace-nowrap`}>
              <Link
                href={`/o/${orgSlug}/reps/${rep.memberId}`}
                className="text-indigo-700 underline dark:text-indigo-300"
              >
                {rep.name}
              </Link>
            </RowHeader>
            <Cell className="whitespace-nowrap">{tStatus(rep.thisWeek)}</Cell>
            <Cell>{rep.lastWeekGoal ? <GoalActual progress={rep.lastWeekGoal} /> : t("noGoal")}</Cell>
            <Cell align="end">
              {rep.thisWeekGoal ? <GoalChance progress={rep.thisWeekGoal} short /> : "–"}
            </Cell>
            {ratioLabel ? (
              <Cell>
                <Sparkline values={rep.sparkline} ratioLabel={ratioLabel} />
              </Cell>
            ) : null}
            <Cell className="whitespace-nowrap">
              {rep.missingLastWeek || rep.earlyWarnings > 0 ? (
                <ul className="font-medium text-amber-800 dark:text-amber-300">
                  {rep.missingLastWeek ? (
                    <li>
                      <span aria-hidden="true">⚠ </span>
                      {t("missingLastWeek")}
                    </li>
                  ) : null}
                  {rep.earlyWarnings > 0 ? (
                    <li>
                      <span aria-hidden="true">⚠ </span>
                      <a href="#early-warnings-heading" className="underline">
                        {t("earlyWarnings", { count: rep.earlyWarnings })}
                      </a>
                    </li>
                  ) : null}
                </ul>
              ) : (
                <span className="text-slate-600 dark:text-slate-400">{t("noWarning")}</span>
              )}
            </Cell>
          </Row>
        ))}
      </tbody>
    </DataTable>
  );
}
