import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/teams/invite-form";
import { LeaveOrganization } from "@/components/teams/leave-organization";
import { type MemberRow, MembersTable } from "@/components/teams/members-table";
import { PendingInvitations } from "@/components/teams/pending-invitations";
import { ROLES } from "@/lib/domain";
import { can, canGrantRole, canManageMemberWithRole } from "@/lib/permissions";
import { listPendingInvitations } from "@/lib/teams/data/invitations";
import { listTeam } from "@/lib/teams/data/team-admin";
import { invitationTtlMs } from "@/lib/teams/links";
import { requireOrgPermission } from "@/lib/tenant";
import { todayIn } from "@/lib/weeks/calendar";

export async function generateMetadata() {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: PageProps<"/o/[orgSlug]/members">) {
  const { orgSlug } = await params;
  const ctx = await requireOrgPermission(orgSlug, "members.read");
  const mayInvite = can(ctx.role, "members.invite");
  const mayManage = can(ctx.role, "members.manage");
  const mayErase = can(ctx.role, "members.erase");
  const [t, team, pending] = await Promise.all([
    getTranslations("members"),
    listTeam(ctx),
    mayInvite ? listPendingInvitations(ctx) : Promise.resolve([]),
  ]);
  const now = new Date();
  const grantable = ROLES.filter((role) => canGrantRole(ctx.role, role));
  const withPendingInvitation = new Set(pending.map((i) => i.memberId));
  const rows: MemberRow[] = team.map((member) => ({
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    status: member.status,
    startedOn: member.startedOn,
    isYou: member.id === ctx.member?.id,
    needsInvitation:
      mayInvite && member.status === "invited" && !member.hasAccount && !withPendingInvitation.has(member.id),
    grantableRoles: mayManage && canManageMemberWithRole(ctx.role, member.role) ? grantable : [],
    erasable: mayErase && member.status === "deactivated" && !member.email.endsWith("@erased.invalid"),
  }));
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro", { org: ctx.org.name })}</p>
      </div>
      {mayInvite ? (
        <section aria-labelledby="invite-heading" className="space-y-3">
          <h2 id="invite-heading" className="text-lg font-semibold">
            {t("inviteHeading")}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("inviteIntro", { days: Math.round(invitationTtlMs() / 86_400_000) })}
          </p>
          <InviteForm orgSlug={ctx.org.slug} roles={grantable} today={todayIn(ctx.org.timeZone, now)} />
        </section>
      ) : null}
      {mayInvite ? (
        <section aria-labelledby="pending-heading" className="space-y-3">
          <h2 id="pending-heading" className="text-lg font-semibold">
            {t("pendingHeading")}
          </h2>
          <PendingInvitations
            orgSlug={ctx.org.slug}
            now={now}
            invitations={pending.map((i) => ({
              ...i,
              manageable: canManageMemberWithRole(ctx.role, i.role),
            }))}
          />
        </section>
      ) : null}
      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-lg font-semibold">
          {t("teamHeading")}
        </h2>
        <MembersTable orgSlug={ctx.org.slug} orgName={ctx.org.name} members={rows} canManage={mayManage} />
      </section>
      {ctx.member ? (
        <section aria-labelledby="leave-heading" className="space-y-3">
          <h2 id="leave-heading" className="text-lg font-semibold">
            {t("leaveHeading", { org: ctx.org.name })}
          </h2>
          <LeaveOrganization orgSlug={ctx.org.slug} orgName={ctx.org.name} />
        </section>
      ) : null}
    </div>
  );
}
