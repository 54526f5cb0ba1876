import { useTranslations } from "next-intl";
import type { FormEventHandler } from "react";
import { useErrorText } from "@/components/ui/error-text";
import { MemberSelectField } from "@/components/ui/member-select-field";
import { QueryForm } from "@/components/ui/query-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  DEFAULT_HOURS_PER_REP_PER_DAY,
  WHAT_IF_PERIODS,
  WHAT_IF_UNITS,
  type WhatIfFields,
  type WhatIfForm,
} from "@/lib/dashboard/what-if-view";

/** The fields the browser answers as they change; the period and the person go to the server. */
export type LiveField = "target" | "unit" | "calls" | "hours";

/**
 * The question, still a GET form (it works without script and its address can be shared): the
 * target, unit, calls and hours are answered as they are typed (onEdit), the period and the
 * person change the data, so they take the submit button and a page load.
 */
export function WhatIfFormView({
  action,
  fields,
  form,
  members,
  onEdit,
  onSubmit,
}: {
  action: string;
  /** The fields as typed: the live ones as they are now, the period and person as loaded. */
  fields: WhatIfFields;
  /** Those fields read (readWhatIfForm): their errors and the values the selects show. */
  form: WhatIfForm;
  members: { id: string; name: string }[];
  onEdit: (field: LiveField, value: string) => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
}) {
  const t = useTranslations("whatIf");
  const error = useErrorText();
  return (
    <QueryForm
      action={action}
      label={t("formLabel")}
      submitLabel={t("submit")}
      columns={3}
      onSubmit={onSubmit}
    >
      <TextField
        name="target"
        label={t("target")}
        hint={t("targetHint")}
        inputMode="decimal"
        value={fields.target}
        onChange={(event) => onEdit("target", event.target.value)}
        error={error(form.errors.target)}
        required
      />
      <SelectField
        name="unit"
        label={t("unit")}
        // A unit from the address that is none of these shows no choice, with its error.
        value={form.errors.unit ? fields.unit : form.values.unit}
        onChange={(event) => onEdit("unit", event.target.value)}
        error={error(form.errors.unit)}
        options={WHAT_IF_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
      />
      <TextField
        name="calls"
        label={t("calls")}
        hint={t("callsHint")}
        inputMode="numeric"
        value={fields.calls}
        onChange={(event) => onEdit("calls", event.target.value)}
        error={error(form.errors.calls)}
      />
      <TextField
        name="hours"
        label={t("hours")}
        hint={t("hoursHint", { hours: DEFAULT_HOURS_PER_REP_PER_DAY })}
        inputMode="decimal"
        value={fields.hours}
        onChange={(event) => onEdit("hours", event.target.value)}
        error={error(form.errors.hours)}
      />
      <SelectField
        name="period"
        label={t("period")}
        defaultValue={form.values.period}
        error={error(form.errors.period)}
        options={WHAT_IF_PERIODS.map((period) => ({ value: period, label: t(`periods.${period}`) }))}
      />
      <MemberSelectField
        label={t("member")}
        wholeTeamLabel={t("wholeTeam")}
        defaultValue={form.values.member}
        members={members}
      />
    </QueryForm>
  );
}
