import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnrolPanel } from "@/components/account/two-factor/enrol-panel";
import { ManagePanel } from "@/components/account/two-factor/manage-panel";
import { withClientMessages } from "@/components/i18n/client-messages";
import { QUIET_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { currentUser } from "@/lib/auth/current-user";
import { twoFactorStatus } from "@/lib/auth/data/two-factor";
import { orgSlugSchema } from "@/lib/auth/schemas";
import { TWO_FACTOR_PAGE } from "@/lib/auth/two-factor/requirement";

export async function generateMetadata() {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/** The person's two-factor sign-in; the tenant gate sends owners and managers here when required. */
async function TwoFactorPage({ searchParams }: PageProps<"/account/two-factor">) {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(TWO_FACTOR_PAGE)}`);
  const [t, status, { required }] = await Promise.all([
    getTranslations("twoFactor"),
    twoFactorStatus(user.id),
    searchParams,
  ]);
  // Only a well-formed slug goes back into a link (it came from the address bar).
  const requiredBy = orgSlugSchema.safeParse(required);
  const continueTo = requiredBy.success ? `/o/${requiredBy.data}` : TWO_FACTOR_PAGE;
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <PageHeading title={t("title")} intro={t("intro")} introClassName={QUIET_PAGE_INTRO} />
      {requiredBy.success && !status.enabled ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t("requiredNotice")}
        </p>
      ) : null}
      {status.enabled ? (
        <ManagePanel recoveryCodesLeft={status.recoveryCodesLeft} email={user.email} />
      ) : (
        <EnrolPanel continueTo={continueTo} />
      )}
    </main>
  );
}

export default withClientMessages(["twoFactor"], TwoFactorPage);
