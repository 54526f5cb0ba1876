"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { useFormatter } from "@/lib/i18n/formatter";
import { updateOrgSettingsAction } from "@/lib/settings/actions";

export interface OrgSettingsFormValues {
  name: string;
  timeZone: string;
  currency: string;
  kpiPrecisionPercent: number;
  showRatePercent: number | null;
  closeRatePercent: number | null;
  averageDealValue: number | null;
  grossMarginPercent: number;
}

export function OrgSettingsForm({
  orgSlug,
  current,
  timeZones,
  currencies,
}: {
  orgSlug: string;
  current: OrgSettingsFormValues;
  timeZones: string[];
  currencies: readonly string[];
}) {
  const t = useTranslations("settings");
  const tMargin = useTranslations("grossMargin");
  const format = useFormatter();
  const [state, action] = useActionState(updateOrgSettingsAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  // Numbers are shown the local way (7,5 in Dutch); the server accepts both separators.
  const shown = (n: number | null) => (n === null ? "" : format.number(n, { useGrouping: false }));
  const value = (name: keyof OrgSettingsFormValues) =>
    state.values?.[name] ??
    (typeof current[name] === "number" || current[name] === null
      ? shown(current[name] as number | null)
      : String(current[name]));
  const field = (name: keyof OrgSettingsFormValues) => ({
    name,
    defaultValue: value(name),
    error: state.fieldErrors?.[name],
  });
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" aria-label={t("orgHeading")}>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField {...field("name")} label={t("name")} required className="sm:col-span-2" />
      <SelectField
        {...field("timeZone")}
        key={`tz-${value("timeZone")}`}
        label={t("timeZone")}
        hint={t("timeZoneHint")}
        options={timeZones.map((tz) => ({ value: tz, label: tz }))}
      />
      <SelectField
        {...field("currency")}
        key={`cur-${value("currency")}`}
        label={t("currency")}
        options={currencies.map((c) => ({ value: c, label: c }))}
      />
      <TextField
        {...field("kpiPrecisionPercent")}
        label={t("kpiPrecisionPercent")}
        hint={t("kpiPrecisionPercentHint")}
        inputMode="decimal"
        required
        className="sm:col-span-2"
      />
      <TextField {...field("showRatePercent")} label={t("showRatePercent")} inputMode="decimal" />
      <TextField {...field("closeRatePercent")} label={t("closeRatePercent")} inputMode="decimal" />
      <TextField
        {...field("averageDealValue")}
        label={t("averageDealValue")}
        hint={t("valueHint")}
        inputMode="decimal"
        className="sm:col-span-2"
      />
      <TextField
        {...field("grossMarginPercent")}
        label={tMargin("label")}
        hint={tMargin("hint")}
        inputMode="decimal"
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
