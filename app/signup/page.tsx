import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignupForm } from "@/components/auth/signup-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AuthCard } from "@/components/layout/auth-card";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signupTitle") };
}

async function SignupPage() {
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signupTitle")}
      intro={t("signupIntro")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href="/login" className="font-semibold text-indigo-700 underline dark:text-indigo-300">
            {t("logIn")}
          </Link>
        </>
      }
    >
      <SignupForm />
    </AuthCard>
  );
}

export default withClientMessages(["account"], SignupPage);
