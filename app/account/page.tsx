import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { currentUser } from "@/lib/auth/current-user";
import { findAccount } from "@/lib/data/account";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The user's own account, the same in every organization they belong to. */
export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent("/account")}`);
  const [t, account, { password }] = await Promise.all([
    getTranslations("account"),
    findAccount(user.id),
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
    </main>
  );
}
