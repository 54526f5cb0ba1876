"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { addMetricAction } from "@/lib/entries/actions";

const KINDS = ["stage", "outcome", "time"] as const;

/** Adds a stage (a new effort channel, or a step after another stage), an outcome or a time. */
export function AddMetricForm({
  orgSlug,
  stages,
}: {
  orgSlug: string;
  stages: { key: string; label: string }[];
}) {
  const t = useTranslations("funnel");
  const [state, action] = useActionState(addMetricAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [kind, setKind] = useState<(typeof KINDS)[number]>("stage");
  const field = (name: string) => ({
    name,
    defaultValue: state.ok ? "" : state.values?.[name],
    error: state.ok ? undefined : state.fieldErrors?.[name],
  });
  const ofError = state.ok ? undefined : state.fieldErrors?.of;
  return (
    <form action={action} noValidate aria-label={t("addHeading")} className="grid max-w-xl gap-4">
      <FormMessage state={state.ok ? { ok: true, message: t("saved") } : state} />
      <TextField
        {...field("key")}
        label={t("key")}
        hint={t("keyHint")}
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <TextField {...field("label")} label={t("name")} required />
      <label className="text-sm font-medium">
        {t("kindLabel")}
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as (typeof KINDS)[number])}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t("kindOption", { kind: k })}
            </option>
          ))}
        </select>
      </label>
      {kind === "time" ? null : (
        <div>
          <label className="text-sm font-medium">
            {t("of")}
            <select
              name="of"
              defaultValue=""
              aria-invalid={ofError ? true : undefined}
              aria-describedby={ofError ? "of-error" : undefined}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
            >
              {kind === "stage" ? <option value="">{t("ofNone")}</option> : null}
              <Options options={stages.map((s) => ({ value: s.key, label: s.label }))} />
            </select>
          </label>
          {ofError ? (
            <p id="of-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {ofError}
            </p>
          ) : null}
        </div>
      )}
      <div>
        <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
      </div>
    </form>
  );
}
