import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogOutEverywhere } from "@/components/account/log-out-everywhere";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { RemindersForm } from "@/components/account/reminders-form";
import { currentUser } from "@/lib/auth/current-user";
import { findAccount } from "@/lib/auth/data/account";
import { twoFactorStatus } from "@/lib/auth/data/two-factor";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The user's own account, the same in every organization they belong to. */
export default async function AccountPage({ searchParams }: PageProps<"/account">) {
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
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      </div>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profileHeading")}
        </h2>
        <ProfileForm name={account.name} email={account.email} locale={account.locale ?? "en"} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("passwordIntro")}</p>
        <PasswordForm email={account.email} changed={password === "changed"} />
      </section>
      <section aria-labelledby="two-factor-heading" className="space-y-3">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {tTwoFactor("title")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {twoFactor.enabled ? tTwoFactor("onSummary") : tTwoFactor("offSummary")}
        </p>
        <Link href="/account/two-factor" className="inline-block text-sm font-medium underline">
          {twoFactor.enabled ? tTwoFactor("manageLink") : tTwoFactor("setUpLink")}
        </Link>
      </section>
      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {tSecurity("sessionsHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{tSecurity("sessionsIntro")}</p>
        <LogOutEverywhere />
      </section>
      <section aria-labelledby="reminders-heading" className="space-y-3">
        <h2 id="reminders-heading" className="text-lg font-semibold">
          {tOps("remindersHeading")}
        </h2>
        <RemindersForm weeklyReminders={account.weeklyReminders} />
      </section>
      <section aria-labelledby="data-heading" className="space-y-3">
        <h2 id="data-heading" className="text-lg font-semibold">
          {tOps("dataHeading")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">{tOps("dataIntro")}</p>
        {/* A download, not a page: a plain link so the browser saves the file. */}
        <a href="/account/data" download className="inline-block text-sm font-medium underline">
          {tOps("dataDownload")}
        </a>
      </section>
    </main>
  );
}
