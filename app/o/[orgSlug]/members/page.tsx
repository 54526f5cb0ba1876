import { getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { InviteForm } from "@/components/teams/invite-form";
import { LeaveOrganization } from "@/components/teams/leave-organization";
import { type MemberRow, MembersTable } from "@/components/teams/members-table";
import { PendingInvitations } from "@/components/teams/pending-invitations";
import { FULL_WIDTH_SECTION_INTRO, QUIET_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
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

async function MembersPage({ params }: PageProps<"/o/[orgSlug]/members">) {
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
      <PageHeading
        title={t("title")}
        intro={t("intro", { org: ctx.org.name })}
        introClassName={QUIET_PAGE_INTRO}
      />
      {mayInvite ? (
        <Section
          headingId="invite-heading"
          title={t("inviteHeading")}
          intro={t("inviteIntro", { days: Math.round(invitationTtlMs() / 86_400_000) })}
          introClassName={FULL_WIDTH_SECTION_INTRO}
        >
          <InviteForm orgSlug={ctx.org.slug} roles={grantable} today={todayIn(ctx.org.timeZone, now)} />
        </Section>
      ) : null}
      {mayInvite ? (
        <Section headingId="pending-heading" title={t("pendingHeading")}>
          <PendingInvitations
            orgSlug={ctx.org.slug}
            now={now}
            invitations={pending.map((i) => ({
              ...i,
              manageable: canManageMemberWithRole(ctx.role, i.role),
            }))}
          />
        </Section>
      ) : null}
      <Section headingId="team-heading" title={t("teamHeading")}>
        <MembersTable orgSlug={ctx.org.slug} orgName={ctx.org.name} members={rows} canManage={mayManage} />
      </Section>
      {ctx.member ? (
        <Section headingId="leave-heading" title={t("leaveHeading", { org: ctx.org.name })}>
          <LeaveOrganization orgSlug={ctx.org.slug} orgName={ctx.org.name} />
        </Section>
      ) : null}
    </div>
  );
}

export default withClientMessages(
  ["memberDetails", "memberStatus", "members", "operations", "roles"],
  MembersPage,
);
