"use client";
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { LOCALES, type Locale } from "@/lib/domain";
import { updateAccountProfile } from "@/lib/teams/account-actions";
import { NameField } from "./name-field";

export function ProfileForm({ name, email, locale }: { name: string; email: string; locale: Locale }) {
  const t = useTranslations("account");
  const tLocale = useTranslations("locale");
  const [state, action] = useActionState(updateAccountProfile, INITIAL_FORM_STATE);
  // Memoised: the message echoes as a toast once per new outcome, not once per render.
  const shown = useMemo(() => (state.ok ? { ...state, message: t("profileSaved") } : state), [state, t]);
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("profileHeading")}>
      <FormMessage state={shown} />
      <TextField name="email" type="email" label={t("email")} hint={t("emailHint")} value={email} readOnly />
      <NameField label={t("name")} name={name} state={state} />
      <SelectField
        name="locale"
        key={state.values?.locale ?? locale}
        label={t("locale")}
        defaultValue={state.values?.locale ?? locale}
        error={state.fieldErrors?.locale}
        options={LOCALES.map((l) => ({ value: l, label: tLocale(l) }))}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
