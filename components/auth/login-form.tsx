"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { logIn } from "@/lib/auth/actions";
import { CodeStepForm } from "./code-step-form";

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(logIn, INITIAL_FORM_STATE);
  // The password was right and the account asks for a code: the second step, no session yet.
  const passwordOk = state.ok && typeof state.data?.passwordOk === "string" ? state.data.passwordOk : null;
  if (passwordOk) return <CodeStepForm passwordOk={passwordOk} next={next} />;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("loginTitle")}>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        error={state.fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton pendingLabel={t("loggingIn")}>{t("loginSubmit")}</SubmitButton>
    </form>
  );
}
