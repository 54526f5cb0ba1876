"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubSection } from "@/components/ui/sub-section";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { newRecoveryCodes, turnOffTwoFactor } from "@/lib/auth/two-factor/actions";
import { CodeField } from "./code-field";
import { RecoveryCodesList } from "./recovery-codes-list";

/** Two-factor is on: new recovery codes, or turn it off. */
export function ManagePanel({ recoveryCodesLeft, email }: { recoveryCodesLeft: number; email: string }) {
  const t = useTranslations("twoFactor");
  const [renewed, renew] = useActionState(newRecoveryCodes, INITIAL_FORM_STATE);
  const [off, turnOff] = useActionState(turnOffTwoFactor, INITIAL_FORM_STATE);
  const codes = Array.isArray(renewed.data?.recoveryCodes) ? (renewed.data.recoveryCodes as string[]) : null;
  return (
    <div className="space-y-8">
      <p role="status" className="text-sm">
        {t("onStatus", { left: recoveryCodesLeft })}
      </p>
      <SubSection headingId="renew-heading" title={t("renewHeading")} className="space-y-3">
        {codes ? (
          <RecoveryCodesList codes={codes} />
        ) : (
          <form action={renew} className="space-y-4" noValidate aria-label={t("renewHeading")}>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("renewIntro")}</p>
            <FormMessage state={renewed} />
            <CodeField label={t("codeLabel")} error={renewed.fieldErrors?.code} />
            <SubmitButton pendingLabel={t("verifying")}>{t("renew")}</SubmitButton>
          </form>
        )}
      </SubSection>
      <SubSection headingId="off-heading" title={t("offHeading")} className="space-y-3">
        <form action={turnOff} className="space-y-4" noValidate aria-label={t("offHeading")}>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("offIntro")}</p>
          <FormMessage state={off} />
          <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
          <CodeField label={t("codeLabel")} error={off.fieldErrors?.code} />
          <TextField
            name="password"
            type="password"
            label={t("orPassword")}
            autoComplete="current-password"
            error={off.fieldErrors?.password}
          />
          <SubmitButton pendingLabel={t("turningOff")}>{t("turnOff")}</SubmitButton>
        </form>
      </SubSection>
    </div>
  );
}
