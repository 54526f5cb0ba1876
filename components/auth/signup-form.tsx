"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { signUp } from "@/lib/auth/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

export function SignupForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUp, INITIAL_FORM_STATE);
  const field = (name: string) => ({
    name,
    defaultValue: state.values?.[name],
    error: state.fieldErrors?.[name],
  });
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("signupTitle")}>
      <FormMessage state={state} />
      <TextField {...field("name")} label={t("name")} autoComplete="name" required />
      <TextField {...field("email")} type="email" label={t("email")} autoComplete="email" required />
      <TextField
        {...field("password")}
        defaultValue={undefined}
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
      />
      <TextField {...field("orgName")} label={t("orgName")} autoComplete="organization" required />
      <TextField
        {...field("slug")}
        label={t("orgSlug")}
        hint={t("orgSlugHint")}
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <SubmitButton pendingLabel={t("signingUp")}>{t("signupSubmit")}</SubmitButton>
    </form>
  );
}
