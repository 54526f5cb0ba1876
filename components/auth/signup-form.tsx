"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { NewPasswordField } from "@/components/account/new-password-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { signUp } from "@/lib/auth/actions";
import { suggestSlug } from "@/lib/auth/slug-suggestion";

export function SignupForm() {
  const t = useTranslations("auth");
  const [state, action] = useActionState(signUp, INITIAL_FORM_STATE);
  const field = (name: string) => ({
    name,
    defaultValue: state.values?.[name],
    error: state.fieldErrors?.[name],
  });
  // The address follows the organization's name until the person types one of their own.
  const [slug, setSlug] = useState<string | null>(null);
  const [suggested, setSuggested] = useState("");
  const shownSlug = slug ?? state.values?.slug ?? suggested;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("signupTitle")}>
      <FormMessage state={state} />
      <TextField {...field("name")} label={t("name")} autoComplete="name" required />
      <TextField {...field("email")} type="email" label={t("email")} autoComplete="email" required />
      <NewPasswordField name="password" label={t("password")} error={state.fieldErrors?.password} />
      <TextField
        {...field("orgName")}
        label={t("orgName")}
        autoComplete="organization"
        required
        onChange={(event) => setSuggested(suggestSlug(event.target.value))}
      />
      <TextField
        {...field("slug")}
        defaultValue={undefined}
        value={shownSlug}
        onChange={(event) => setSlug(event.target.value)}
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
