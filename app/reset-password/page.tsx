import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "@/components/account/reset-password-forms";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AuthCard } from "@/components/layout/auth-card";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("resetTitle") };
}

async function RequestPasswordResetPage() {
  const t = await getTranslations("account");
  return (
    <AuthCard
      title={t("resetTitle")}
      intro={t("resetIntro")}
      footer={
        <Link href="/login" className="font-semibold text-indigo-700 underline dark:text-indigo-300">
          {t("backToLogin")}
        </Link>
      }
    >
      <RequestResetForm />
    </AuthCard>
  );
}

export default withClientMessages(["account"], RequestPasswordResetPage);
