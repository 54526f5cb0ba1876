"use client";
// The weekly form: one field per metric with last week's number under it. The browser runs
// the same rules as the server (lib/entries/validate-week.ts) so most mistakes are explained
// before anything is sent; the server checks again and has the last word.
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useActionState, useRef, useState } from "react";
import { InlineCheckbox } from "@/components/ui/checkbox-field";
import { FormMessage, OutcomeNote } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { withCountsFilledIn } from "@/lib/activity/sources";
import { saveWeek } from "@/lib/entries/actions";
import { type MetricUnit, metricField, validateWeek } from "@/lib/entries/validate-week";
import { useFormatter } from "@/lib/i18n/formatter";
import { languageOf } from "@/lib/i18n/locale";
import type { MetricDefinition } from "@/lib/kpi/types";

export interface WeekField {
  key: string;
  label: string;
  unit: MetricUnit;
  retired: boolean;
  /** The stored value, or null when not logged. */
  value: number | null;
  /** Last week's value, or null. */
  previous: number | null;
  /** What other systems counted this week (activity events), or null when nothing was. */
  counted: number | null;
  /** A person's number replaced the count for this metric. */
  corrected: boolean;
  /** Events that came in after that correction (they count, but no longer change the week). */
  eventsAfterCorrection: number;
}

interface WeekFormProps {
  orgSlug: string;
  memberId: string;
  week: string;
  metrics: MetricDefinition[];
  fields: WeekField[];
  notWorked: boolean;
  version: number;
  previousNotWorked: boolean;
  /** The week ended before the member's start date: saving needs a tick. */
  askBeforeStart?: boolean;
}

export function WeekForm(props: WeekFormProps) {
  const t = useTranslations("weekly");
  const tErrors = useTranslations("errors");
  const tActivity = useTranslations("activity");
  const tFix = useTranslations("weekCorrection");
  const format = useFormatter();
  const locale = useLocale();
  const [state, action] = useActionState(saveWeek.bind(null, props.orgSlug), INITIAL_FORM_STATE);
  const [notWorked, setNotWorked] = useState(props.notWorked);
  const [needsConfirmation, setNeedsConfirmation] = useState(false);
  const [browserErrors, setBrowserErrors] = useState<Record<string, string> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Typed the local way: 7,5 in Dutch.
  const asText = (value: number | null) =>
    value === null ? "" : languageOf(locale) === "nl" ? String(value).replace(".", ",") : String(value);

  function checkInBrowser(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const values: Record<string, string> = {};
    for (const field of props.fields) values[field.key] = String(data.get(metricField(field.key)) ?? "");
    // As on the server: a counted field left blank keeps its count.
    const counted = Object.fromEntries(
      props.fields.flatMap((f) => (f.counted === null ? [] : [[f.key, f.counted] as const])),
    );
    const result = validateWeek({
      metrics: props.metrics,
      values: notWorked ? {} : withCountsFilledIn(counted, values),
      notWorked,
      confirmedLargeValues: data.get("confirmedLargeValues") === "on",
    });
    if (result.ok) {
      setBrowserErrors(null);
      return;
    }
    event.preventDefault();
    if (result.needsConfirmation) setNeedsConfirmation(true);
    setBrowserErrors(
      Object.fromEntries(
        Object.entries(result.errors).map(([field, e]) => [field, tErrors(e.key, e.values)]),
      ),
    );
    const first = Object.keys(result.errors)[0];
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  }

  const errors = browserErrors ?? (state.ok ? undefined : state.fieldErrors);
  const formState = browserErrors ? { ok: false, message: t("fixErrors") } : state;
  const saved =
    state.ok && !browserErrors
      ? (state.data as { version: number; changed: boolean } | undefined)
      : undefined;
  const showConfirmation = needsConfirmation || state.values?.confirmedLargeValues === "on";
  const countedFields = props.fields.filter((field) => field.counted !== null);

  /** Under a counted field: the count, and whether the member's correction replaces it. */
  function sourceHint(field: WeekField, unit: string) {
    if (field.counted === null) return null;
    const count = `${format.number(field.counted, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`;
    if (!field.corrected) return tActivity("countedHint", { count });
    return tActivity("correctedHint", { count, after: field.eventsAfterCorrection });
  }

  function renderField(field: WeekField) {
    const name = metricField(field.key);
    const unit = t("unit", { unit: field.unit });
    const label = field.retired ? t("retired", { label: field.label }) : field.label;
    const lastWeek = props.previousNotWorked
      ? t("lastWeekNotWorked")
      : field.previous !== null
        ? t("lastWeek", {
            value: `${format.number(field.previous, { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`,
          })
        : undefined;
    const hint = [sourceHint(field, unit), lastWeek].filter(Boolean).join(" · ") || undefined;
    return (
      <TextField
        key={name}
        name={name}
        label={label}
        hint={hint}
        error={errors?.[name]}
        defaultValue={state.ok ? asText(field.value) : (state.values?.[name] ?? asText(field.value))}
        inputMode={field.unit === "count" ? "numeric" : "decimal"}
        autoComplete="off"
        disabled={notWorked}
      />
    );
  }

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={checkInBrowser}
      noValidate
      aria-label={t("formLabel", { week: props.week })}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <FormMessage state={formState} />
      {saved ? (
        <OutcomeNote ok>{saved.changed ? t("saved", { week: props.week }) : t("unchanged")}</OutcomeNote>
      ) : null}
      <input type="hidden" name="memberId" value={props.memberId} />
      <input type="hidden" name="week" value={props.week} />
      <input type="hidden" name="version" value={saved?.version ?? props.version} />

      <div className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
        <InlineCheckbox
          name="notWorked"
          label={t("notWorked")}
          checked={notWorked}
          onChange={setNotWorked}
          describedBy="not-worked-hint"
          className="flex items-center gap-2 font-medium"
        />
        <p id="not-worked-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("notWorkedHint")}
        </p>
        {errors?.notWorked ? (
          <p className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">{errors.notWorked}</p>
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        {props.fields.filter((field) => field.counted === null).map(renderField)}
      </div>

      {countedFields.length > 0 ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-4 dark:border-slate-700">
          <legend className="px-1 font-semibold">{tActivity("countedHeading")}</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">{tActivity("countedIntro")}</p>
          <div className="grid gap-4 sm:grid-cols-2">{countedFields.map(renderField)}</div>
        </fieldset>
      ) : null}

      {showConfirmation ? (
        <label className="flex items-center gap-2 rounded-md bg-amber-50 p-3 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          <input type="checkbox" name="confirmedLargeValues" className="size-4" />
          {t("confirmLarge")}
        </label>
      ) : null}

      {props.askBeforeStart ? (
        <div className="rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          <label className="flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              name="confirmedBeforeStart"
              className="size-4"
              defaultChecked={state.values?.confirmedBeforeStart === "on"}
              aria-invalid={errors?.confirmedBeforeStart ? true : undefined}
              aria-describedby={errors?.confirmedBeforeStart ? "before-start-error" : undefined}
            />
            {tFix("confirmBeforeStart")}
          </label>
          {errors?.confirmedBeforeStart ? (
            <p id="before-start-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {errors.confirmedBeforeStart}
            </p>
          ) : null}
        </div>
      ) : null}

      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
