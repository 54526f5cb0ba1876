import { getTranslations } from "next-intl/server";
import { EarlyWarnings } from "@/components/dashboard/early-warnings";
import { GettingStarted } from "@/components/dashboard/getting-started";
import { ManagerHomeView } from "@/components/home/manager-home";
import { RepHomeView } from "@/components/home/rep-home";
import { loadKeptWeekRecords, loadKpiSetup } from "@/lib/dashboard/data/kpi-data";
import { currentMemberWarnings } from "@/lib/dashboard/data/member-warnings";
import { namedWarnings } from "@/lib/dashboard/early-warnings-view";
import { gettingStarted } from "@/lib/dashboard/getting-started";
import { expiredInvitations, firstHomeWeek, managerHome, repHome } from "@/lib/dashboard/home-view";
import { funnelLabels } from "@/lib/dashboard/labels";
import { primaryRatio } from "@/lib/dashboard/ratio-view";
import { listGoals } from "@/lib/goals/data/goals";
import { parsePage } from "@/lib/paging";
import { can } from "@/lib/permissions";
import { listSurveyRounds } from "@/lib/survey/data/surveys";
import { listPendingInvitations } from "@/lib/teams/data/invitations";
import { orgProgress } from "@/lib/teams/data/members";
import { requireOrgPage } from "@/lib/tenant";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

/**
 * The organization's home: managers and owners see the team (tiles, reps, what needs doing);
 * a rep sees their own week, goal and numbers. A new organization also gets its first steps.
 */
export default async function OrgHomePage({ params, searchParams }: PageProps<"/o/[orgSlug]">) {
  const { orgSlug } = await params;
  const repsPage = parsePage((await searchParams).page);
  const ctx = await requireOrgPage(orgSlug);
  const current = currentWeekOf(ctx.org.timeZone);
  const managesTeam = can(ctx.role, "entries.read.any");
  const homeFrom = firstHomeWeek(current.week);
  const [t, tAll, progress, setup, records, goals, rounds, invitations] = await Promise.all([
    getTranslations("overview"),
    getTranslations(),
    orgProgress(ctx),
    loadKpiSetup(ctx),
    loadKeptWeekRecords(ctx, {
      fromWeekStart: mondayDateOfIsoWeek(homeFrom),
      toWeekStart: current.weekStart,
    }),
    listGoals(ctx),
    listSurveyRounds(ctx),
    can(ctx.role, "members.invite") ? listPendingInvitations(ctx) : Promise.resolve([]),
  ]);
  // Early warnings name reps one by one: for those who may see every rep. They are judged
  // up to last week (the last complete one) and stored per rep until that rep's weeks change.
  const warnings = managesTeam
    ? namedWarnings(
        setup.members,
        await currentMemberWarnings(ctx, setup.metrics, addIsoWeeks(current.week, -1)),
      )
    : null;
  const steps = gettingStarted(ctx.role, progress);
  const input = {
    metrics: setup.metrics,
    members: setup.members,
    records,
    goals,
    currentWeek: current.week,
    relativePrecision: setup.relativePrecision,
  };
  const labels = funnelLabels(setup.metrics, setup.labels, tAll);
  const primaryRatioKey = primaryRatio(setup.metrics)?.key ?? null;
  const openRound = rounds.find((round) => round.closedAt === null) ?? null;
  const now = new Date();
  const expired = expiredInvitations(invitations, now);
  const warningCounts = new Map<string, number>();
  for (const warning of warnings ?? [])
    warningCounts.set(warning.memberId, (warningCounts.get(warning.memberId) ?? 0) + 1);
  const manager = managesTeam ? managerHome(input, { page: repsPage, warningCounts }) : null;

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title", { org: ctx.org.name })}</h1>
      {steps.length > 0 ? <GettingStarted orgSlug={ctx.org.slug} steps={steps} /> : null}
      {manager ? (
        <ManagerHomeView
          orgSlug={ctx.org.slug}
          home={manager}
          reps={manager.reps}
          labels={labels}
          primaryRatioKey={primaryRatioKey}
          relativePrecision={setup.relativePrecision}
          earlyWarnings={
            warnings ? (
              <EarlyWarnings orgSlug={ctx.org.slug} warnings={warnings} ratioLabels={labels.ratios} />
            ) : null
          }
          needsDoing={{
            missing: manager.missing,
            openRound: openRound ? { title: openRound.title, responses: openRound.responses } : null,
            expiredInvitations: expired,
          }}
        />
      ) : ctx.member ? (
        <RepHomeView
          orgSlug={ctx.org.slug}
          memberId={ctx.member.id}
          home={repHome(input, ctx.member.id)}
          labels={labels}
          primaryRatioKey={primaryRatioKey}
          relativePrecision={setup.relativePrecision}
          openRound={openRound && !openRound.answeredByMe ? { title: openRound.title } : null}
        />
      ) : null}
    </div>
  );
}
