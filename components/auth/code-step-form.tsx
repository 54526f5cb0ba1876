"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { logInWithCode } from "@/lib/auth/actions";

/** The second step of a two-factor log-in: a code from the app, or a recovery code. */
export function CodeStepForm({ passwordOk, next }: { passwordOk: string; next?: string }) {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(logInWithCode, INITIAL_FORM_STATE);
  const [recovery, setRecovery] = useState(false);
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("codeStepTitle")}>
      <h2 className="text-lg font-semibold">{t("codeStepTitle")}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {recovery ? t("recoveryStepIntro") : t("codeStepIntro")}
      </p>
      <FormMessage state={state} />
      <input type="hidden" name="passwordOk" value={passwordOk} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        key={String(recovery)}
        name="code"
        label={recovery ? t("recoveryCodeLabel") : t("codeLabel")}
        autoComplete="one-time-code"
        inputMode={recovery ? "text" : "numeric"}
        autoCapitalize="off"
        spellCheck={false}
        required
        autoFocus
        error={state.fieldErrors?.code}
      />
      <SubmitButton pendingLabel={t("verifying")}>{t("verify")}</SubmitButton>
      <button type="button" className="block text-sm underline" onClick={() => setRecovery(!recovery)}>
        {recovery ? t("useAppCode") : t("useRecoveryCode")}
      </button>
    </form>
  );
}
