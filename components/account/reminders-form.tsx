"use client";
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { updateWeeklyReminders } from "@/lib/teams/account-actions";

/** The person's own choice about the Friday reminder e-mail. */
export function RemindersForm({ weeklyReminders }: { weeklyReminders: boolean }) {
  const t = useTranslations("operations.account");
  const [state, action] = useActionState(updateWeeklyReminders, INITIAL_FORM_STATE);
  const shown = useMemo(() => (state.ok ? { ...state, message: t("remindersSaved") } : state), [state, t]);
  const checked = state.values ? state.values.weeklyReminders === "on" : weeklyReminders;
  return (
    <form action={action} className="space-y-4" noValidate aria-label={t("remindersHeading")}>
      <FormMessage state={shown} />
      <CheckboxField
        name="weeklyReminders"
        label={t("weeklyReminders")}
        hint={t("weeklyRemindersHint")}
        checked={checked}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
