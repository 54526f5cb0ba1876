"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { saveLaggingResultAction } from "@/app/o/[orgSlug]/results/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";

// The type only: the page passes the server action in.
type Action = typeof saveLaggingResultAction;

export function ResultsForm({
  orgSlug,
  action,
  reps,
  defaultPeriod,
}: {
  orgSlug: string;
  action: Action;
  reps: { id: string; name: string }[];
  defaultPeriod: string;
}) {
  const t = useTranslations("results");
  const selectId = useId();
  const [state, formAction] = useActionState(action.bind(null, orgSlug), INITIAL_FORM_STATE);
  // The list of results below is server-rendered: fetch it again after a save.
  useRefreshAfterSave(state);
  const field = (name: string) => ({
    name,
    defaultValue: state.ok ? undefined : state.values?.[name],
    error: state.fieldErrors?.[name],
  });
  const memberError = state.fieldErrors?.memberId;
  return (
    <form action={formAction} noValidate aria-label={t("formTitle")} className="space-y-4">
      <FormMessage state={state} />
      <div>
        <label htmlFor={selectId} className="block text-sm font-medium">
          {t("rep")}
        </label>
        <select
          id={selectId}
          name="memberId"
          defaultValue={state.values?.memberId ?? ""}
          aria-invalid={memberError ? true : undefined}
          aria-describedby={memberError ? `${selectId}-error` : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">{t("chooseRep")}</option>
          {reps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.name}
            </option>
          ))}
        </select>
        {memberError ? (
          <p id={`${selectId}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {memberError}
          </p>
        ) : null}
      </div>
      <TextField
        {...field("period")}
        defaultValue={state.ok ? defaultPeriod : (state.values?.period ?? defaultPeriod)}
        label={t("period")}
        hint={t("periodHint")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField {...field("appointmentsHeld")} label={t("appointmentsHeld")} inputMode="numeric" />
        <TextField {...field("dealsWon")} label={t("dealsWon")} inputMode="numeric" />
        <TextField
          {...field("revenueWon")}
          label={t("revenueWon")}
          inputMode="decimal"
          hint={t("revenueHint")}
        />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("replaces")}</p>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
