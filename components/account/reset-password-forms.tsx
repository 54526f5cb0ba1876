"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { requestAccountPasswordReset, resetAccountPassword } from "@/lib/teams/account-actions";
import { NewPasswordField } from "./new-password-field";

/** The answer is the same whether or not the email has an account; no link is ever shown here. */
export function RequestResetForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(requestAccountPasswordReset, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <div
        role="status"
        className="space-y-3 rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
      >
        <p>{t("resetRequested", { email: String(state.data?.email ?? "") })}</p>
        <p>{t("resetNoMail")}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("resetTitle")}>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("sendLink")}</SubmitButton>
    </form>
  );
}

export function NewPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(resetAccountPassword, INITIAL_FORM_STATE);
  if (state.ok) {
    return (
      <div
        role="status"
        className="space-y-3 rounded-md bg-green-50 p-3 text-sm text-green-800 dark:bg-green-950 dark:text-green-200"
      >
        <p>{t("resetDone")}</p>
        <Link href="/login" className="font-semibold underline">
          {t("logIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("newPasswordTitle")}>
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField error={state.fieldErrors?.newPassword} />
      <SubmitButton pendingLabel={t("changing")}>{t("setPassword")}</SubmitButton>
    </form>
  );
}
