"use client";
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { changeAccountPassword } from "@/lib/teams/account-actions";
import { NewPasswordField } from "./new-password-field";

/** `changed`: the page was reached by the redirect after a successful change. */
export function PasswordForm({ email, changed }: { email: string; changed: boolean }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(changeAccountPassword, INITIAL_FORM_STATE);
  // Memoised: the message echoes as a toast once per new outcome, not once per render.
  const shown = useMemo(
    () => (!state.message && changed ? { ok: true, message: t("passwordChanged") } : state),
    [state, changed, t],
  );
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("passwordHeading")}>
      <FormMessage state={shown} />
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        error={state.fieldErrors?.currentPassword}
      />
      <NewPasswordField error={state.fieldErrors?.newPassword} />
      <SubmitButton pendingLabel={t("changing")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
