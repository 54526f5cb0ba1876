import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogOutEverywhere } from "@/components/account/log-out-everywhere";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { RemindersForm } from "@/components/account/reminders-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { DownloadLink } from "@/components/ui/download-link";
import { FULL_WIDTH_SECTION_INTRO, QUIET_PAGE_INTRO } from "@/components/ui/intro-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { Section } from "@/components/ui/section";
import { currentUser } from "@/lib/auth/current-user";
import { findAccount } from "@/lib/auth/data/account";
import { twoFactorStatus } from "@/lib/auth/data/two-factor";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The user's own account, the same in every organization they belong to. */
async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent("/account")}`);
  const [t, tSecurity, tOps, tTwoFactor, account, twoFactor, { password }] = await Promise.all([
    getTranslations("account"),
    getTranslations("security"),
    getTranslations("operations.account"),
    getTranslations("twoFactor"),
    findAccount(user.id),
    twoFactorStatus(user.id),
    searchParams,
  ]);
  if (!account) redirect("/login");
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-10 px-4 py-10">
      <PageHeading title={t("title")} intro={t("intro")} introClassName={QUIET_PAGE_INTRO} />
      <Section headingId="profile-heading" title={t("profileHeading")}>
        <ProfileForm name={account.name} email={account.email} locale={account.locale ?? "en"} />
      </Section>
      <Section
        headingId="password-heading"
        title={t("passwordHeading")}
        intro={t("passwordIntro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <PasswordForm email={account.email} changed={password === "changed"} />
      </Section>
      <Section
        headingId="two-factor-heading"
        title={tTwoFactor("title")}
        intro={twoFactor.enabled ? tTwoFactor("onSummary") : tTwoFactor("offSummary")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <Link href="/account/two-factor" className="inline-block text-sm font-medium underline">
          {twoFactor.enabled ? tTwoFactor("manageLink") : tTwoFactor("setUpLink")}
        </Link>
      </Section>
      <Section
        headingId="sessions-heading"
        title={tSecurity("sessionsHeading")}
        intro={tSecurity("sessionsIntro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <LogOutEverywhere />
      </Section>
      <Section headingId="reminders-heading" title={tOps("remindersHeading")}>
        <RemindersForm weeklyReminders={account.weeklyReminders} />
      </Section>
      <Section
        headingId="data-heading"
        title={tOps("dataHeading")}
        intro={tOps("dataIntro")}
        introClassName={FULL_WIDTH_SECTION_INTRO}
      >
        <DownloadLink href="/account/data">{tOps("dataDownload")}</DownloadLink>
      </Section>
    </main>
  );
}

export default withClientMessages(["account", "operations", "security"], AccountPage);
