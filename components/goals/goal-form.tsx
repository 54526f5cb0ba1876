"use client";
// The manager's goal form: whose goal (the team or one rep), from which week, appointments
// and, optionally, calls and conversations. The list below it is server-rendered.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { setGoalAction } from "@/lib/goals/actions";

export function GoalForm({
  orgSlug,
  reps,
  defaultWeek,
}: {
  orgSlug: string;
  reps: { id: string; name: string }[];
  defaultWeek: string;
}) {
  const t = useTranslations("goals");
  const [state, action] = useActionState(setGoalAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  useRefreshAfterSave(state);
  const field = (name: string) => ({
    name,
    defaultValue: state.ok ? undefined : state.values?.[name],
    error: state.fieldErrors?.[name],
  });
  return (
    <form
      action={action}
      noValidate
      aria-label={t("formTitle")}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <FormMessage state={state} />
      <SelectField
        name="scope"
        label={t("scope")}
        defaultValue={state.ok ? "team" : (state.values?.scope ?? "team")}
        error={state.fieldErrors?.scope}
        options={[
          { value: "team", label: t("team") },
          ...reps.map((rep) => ({ value: rep.id, label: rep.name })),
        ]}
      />
      <TextField
        {...field("fromWeek")}
        defaultValue={state.ok ? defaultWeek : (state.values?.fromWeek ?? defaultWeek)}
        label={t("fromWeek")}
        hint={t("fromWeekHint")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("appointments")} label={t("appointments")} inputMode="numeric" required />
        <TextField {...field("calls")} label={t("calls")} hint={t("optional")} inputMode="numeric" />
        <TextField
          {...field("conversations")}
          label={t("conversations")}
          hint={t("optional")}
          inputMode="numeric"
        />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
