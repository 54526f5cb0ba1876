"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { setTwoFactorRequirementAction } from "@/lib/settings/actions";

/** The owner's choice: owners and managers (who see pay) must use two-factor sign-in. */
export function TwoFactorRequirementForm({ orgSlug, required }: { orgSlug: string; required: boolean }) {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(
    setTwoFactorRequirementAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const checked = state.values ? state.values.requireTwoFactor === "on" : required;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("requirementHeading")}>
      <FormMessage state={state} />
      <CheckboxField
        name="requireTwoFactor"
        label={t("requirementLabel")}
        hint={t("requirementHint")}
        checked={checked}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
