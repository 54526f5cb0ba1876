import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { withClientMessages } from "@/components/i18n/client-messages";
import { AuthCard } from "@/components/layout/auth-card";
import { LogOutButton } from "@/components/layout/log-out-button";
import { JoinForm, NewAccountForm } from "@/components/teams/accept-invitation";
import { OutcomeNote } from "@/components/ui/form-message";
import { currentUser } from "@/lib/auth/current-user";
import { findInvitation } from "@/lib/teams/data/invitations";
import { tokenField } from "@/lib/teams/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("invite"))("title", { org: "Funnelmeter" }) };
}

const linkClass = "font-semibold text-indigo-700 underline dark:text-indigo-300";

/**
 * The page behind an invitation link: who invites you to what, and the one way forward
 * that fits (join, create an account, log in, or a clear refusal).
 */
async function InvitationPage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const [t, tRoles, format, user] = await Promise.all([
    getTranslations("invite"),
    getTranslations("roles"),
    getFormatter(),
    currentUser(),
  ]);
  const invitation = tokenField.safeParse(token).success ? await findInvitation(token) : null;
  if (invitation?.state !== "pending") {
    return (
      <AuthCard
        title={t("refusedTitle", { state: invitation?.state ?? "unknown" })}
        footer={
          <Link href="/" className={linkClass}>
            {t("toHome")}
          </Link>
        }
      >
        <p>{t("refusedBody", { state: invitation?.state ?? "unknown" })}</p>
      </AuthCard>
    );
  }
  const org = invitation.orgName;
  const intro = t("intro", { org, role: tRoles(invitation.role) });
  const forEmail = t("forEmail", {
    email: invitation.email,
    date: format.dateTime(invitation.expiresAt, { dateStyle: "long", timeStyle: "short" }),
  });
  const loginPath = `/login?next=${encodeURIComponent(`/invite/${token}`)}`;

  if (user && user.email !== invitation.email) {
    return (
      <AuthCard title={t("wrongAccountTitle")} intro={intro}>
        <div className="space-y-4">
          <OutcomeNote ok={false}>
            {t("wrongAccountBody", { current: user.email, email: invitation.email })}
          </OutcomeNote>
          <LogOutButton />
        </div>
      </AuthCard>
    );
  }
  if (user) {
    return (
      <AuthCard title={t("title", { org })} intro={intro}>
        <div className="space-y-4">
          <p className="text-sm">{t("loggedInAs", { email: user.email })}</p>
          <JoinForm token={token} orgName={org} />
        </div>
      </AuthCard>
    );
  }
  if (invitation.userExists) {
    return (
      <AuthCard title={t("title", { org })} intro={intro}>
        <div className="space-y-4">
          <p className="text-sm">{t("userExists", { email: invitation.email })}</p>
          <Link href={loginPath} className={linkClass}>
            {t("logInToAccept")}
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("title", { org })}
      intro={`${intro} ${forEmail}`}
      footer={
        <>
          {t("haveAccount", { email: invitation.email })}{" "}
          <Link href={loginPath} className={linkClass}>
            {t("logInToAccept")}
          </Link>
        </>
      }
    >
      <h2 className="mb-1 text-lg font-semibold">{t("createAccountHeading")}</h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("createAccountIntro")}</p>
      <NewAccountForm token={token} email={invitation.email} name={invitation.name} />
    </AuthCard>
  );
}

export default withClientMessages(["account", "invite"], InvitationPage);
