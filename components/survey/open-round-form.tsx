"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { openRoundAction } from "@/app/o/[orgSlug]/survey/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";

/** A manager opens a round: a title, and whether answers are anonymous or named. */
export function OpenRoundForm({
  orgSlug,
  action,
  defaultTitle,
}: {
  orgSlug: string;
  action: typeof openRoundAction;
  defaultTitle: string;
}) {
  const t = useTranslations("survey");
  const [state, formAction] = useActionState(action.bind(null, orgSlug), INITIAL_FORM_STATE);
  return (
    <form
      action={formAction}
      noValidate
      aria-label={t("openHeading")}
      className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-start sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <TextField
        name="title"
        label={t("roundTitle")}
        defaultValue={state.ok ? defaultTitle : (state.values?.title ?? defaultTitle)}
        error={state.fieldErrors?.title}
        required
      />
      <SelectField
        name="privacy"
        label={t("privacy")}
        hint={t("privacyHint")}
        defaultValue={state.ok ? "anonymous" : (state.values?.privacy ?? "anonymous")}
        error={state.fieldErrors?.privacy}
        options={(["anonymous", "named"] as const).map((value) => ({
          value,
          label: t(`privacyKinds.${value}`),
        }))}
      />
      <div className="sm:pt-6">
        <SubmitButton pendingLabel={t("opening")}>{t("open")}</SubmitButton>
      </div>
    </form>
  );
}
