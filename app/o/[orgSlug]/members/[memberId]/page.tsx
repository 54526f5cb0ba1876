import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { MemberDetailsForm } from "@/components/teams/member-details-form";
import { PageHeading } from "@/components/ui/page-heading";
import { NotFoundError } from "@/lib/errors";
import { canManageMemberWithRole } from "@/lib/permissions";
import { getMemberDetails } from "@/lib/teams/data/member-details";
import { requireOrgPermission } from "@/lib/tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("memberDetails"))("title") };
}

async function MemberDetailsPage({ params }: PageProps<"/o/[orgSlug]/members/[memberId]">) {
  const { orgSlug, memberId } = await params;
  // Correcting people is the team managers' job: managers and owners.
  const ctx = await requireOrgPermission(orgSlug, "members.manage");
  const member = await getMemberDetails(ctx, memberId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("memberDetails");
  const mayCorrect = canManageMemberWithRole(ctx.role, member.role) || ctx.member?.id === member.id;
  return (
    <div className="space-y-6">
      <PageHeading title={t("heading", { name: member.name })} intro={t("intro")} />
      {mayCorrect ? (
        <MemberDetailsForm orgSlug={ctx.org.slug} member={member} />
      ) : (
        <p className="max-w-3xl rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
          {t("ownerOnly")}
        </p>
      )}
      <p>
        <Link href={`/o/${ctx.org.slug}/members`} className="text-indigo-700 underline dark:text-indigo-300">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}

export default withClientMessages(["memberDetails"], MemberDetailsPage);
