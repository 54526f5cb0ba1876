import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NewPasswordForm } from "@/components/account/reset-password-forms";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AuthCard } from "@/components/layout/auth-card";
import { passwordResetUsable } from "@/lib/auth/data/account";
import { tokenField } from "@/lib/teams/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("newPasswordTitle") };
}

async function NewPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const t = await getTranslations("account");
  const usable = tokenField.safeParse(token).success && (await passwordResetUsable(token));
  if (!usable) {
    return (
      <AuthCard
        title={t("resetInvalidTitle")}
        footer={
          <Link
            href="/reset-password"
            className="font-semibold text-indigo-700 underline dark:text-indigo-300"
          >
            {t("requestNew")}
          </Link>
        }
      >
        <p>{t("resetInvalidBody")}</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("newPasswordTitle")} intro={t("newPasswordIntro")}>
      <NewPasswordForm token={token} />
    </AuthCard>
  );
}

export default withClientMessages(["account"], NewPasswordPage);
