import { getFormatter, getTranslations } from "next-intl/server";
import { GoalForm } from "@/components/goals/goal-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { Cell, ColumnHeader, DataTable, Row, RowHeader, TableHead } from "@/components/ui/table";
import { loadKpiSetup } from "@/lib/dashboard/data/kpi-data";
import { listGoals } from "@/lib/goals/data/goals";
import { requireOrgPermission } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";

export async function generateMetadata() {
  return { title: (await getTranslations("goals"))("title") };
}

/** Managers set weekly goals and see their history, newest first. */
async function GoalsPage({ params }: PageProps<"/o/[orgSlug]/goals">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "goals.manage");
  const [t, format, setup, goals] = await Promise.all([
    getTranslations("goals"),
    getFormatter(),
    loadKpiSetup(ctx),
    listGoals(ctx),
  ]);
  const names = new Map(setup.members.map((m) => [m.id, m.name]));
  const reps = setup.members.filter((m) => m.status !== "deactivated" && m.role === "rep");
  const optional = (value: number | null) => (value === null ? t("noTarget") : format.number(value));
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} intro={t("intro")} />
      <GoalForm
        orgSlug={orgSlug}
        reps={reps.map(({ id, name }) => ({ id, name }))}
        defaultWeek={currentWeekOf(ctx.org.timeZone).week}
      />
      <Section headingId="history-heading" title={t("historyHeading")}>
        {goals.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
        ) : (
          <DataTable caption={t("historyCaption")} numeric>
            <TableHead>
              <tr>
                <ColumnHeader>{t("scope")}</ColumnHeader>
                <ColumnHeader>{t("fromWeek")}</ColumnHeader>
                <ColumnHeader align="end">{t("appointments")}</ColumnHeader>
                <ColumnHeader align="end">{t("calls")}</ColumnHeader>
                <ColumnHeader align="end">{t("conversations")}</ColumnHeader>
              </tr>
            </TableHead>
            <tbody>
              {[...goals].reverse().map((goal) => (
                <Row key={`${goal.memberId ?? "team"}/${goal.fromWeekStart}`}>
                  <RowHeader>
                    {goal.memberId === null ? t("team") : (names.get(goal.memberId) ?? goal.memberId)}
                  </RowHeader>
                  <Cell>{isoWeekOfDate(goal.fromWeekStart)}</Cell>
                  <Cell align="end">{format.number(goal.appointments)}</Cell>
                  <Cell align="end">{optional(goal.calls)}</Cell>
                  <Cell align="end">{optional(goal.conversations)}</Cell>
                </Row>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>
    </div>
  );
}

export default withClientMessages(["goals"], GoalsPage);
