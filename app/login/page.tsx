import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AuthCard } from "@/components/layout/auth-card";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { next } = await searchParams;
  const nextPath = typeof next === "string" ? safeNextPath(next) : undefined;
  if (await currentUser()) redirect(nextPath ?? "/");
  const t = await getTranslations("auth");
  const tAccount = await getTranslations("account");
  return (
    <AuthCard
      title={t("loginTitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href="/signup" className="font-semibold text-indigo-700 underline dark:text-indigo-300">
            {t("createAccount")}
          </Link>
          <span className="mt-2 block">
            <Link href="/reset-password" className="underline">
              {tAccount("forgotPassword")}
            </Link>
          </span>
        </>
      }
    >
      <LoginForm next={nextPath} />
    </AuthCard>
  );
}

export default withClientMessages(["twoFactor"], LoginPage);
