"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NameField } from "@/components/account/name-field";
import { NewPasswordField } from "@/components/account/new-password-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { acceptInvitationAsCurrentUser, acceptInvitationWithAccount } from "@/lib/teams/invite-actions";

/** The signed-in invitee joins with one click. */
export function JoinForm({ token, orgName }: { token: string; orgName: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(acceptInvitationAsCurrentUser, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-4" aria-label={t("join", { org: orgName })}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("joining")}>{t("join", { org: orgName })}</SubmitButton>
    </form>
  );
}

/**
 * Someone new: name and password; the email is the invited one and cannot be changed. The
 * name starts as the one the inviter typed, so most people only choose a password.
 */
export function NewAccountForm({ token, email, name }: { token: string; email: string; name: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(acceptInvitationWithAccount, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("createAccountHeading")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        value={email}
        readOnly
        autoComplete="username"
      />
      <NameField label={t("name")} name={name} state={state} />
      <NewPasswordField name="password" label={t("password")} error={state.fieldErrors?.password} />
      <SubmitButton pendingLabel={t("creating")}>{t("createAndJoin")}</SubmitButton>
    </form>
  );
}
