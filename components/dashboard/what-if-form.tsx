import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { MemberSelectField } from "@/components/ui/member-select-field";
import { QueryForm } from "@/components/ui/query-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  DEFAULT_HOURS_PER_REP_PER_DAY,
  WHAT_IF_PERIODS,
  WHAT_IF_UNITS,
  type WhatIfForm,
} from "@/lib/dashboard/what-if-view";

/**
 * The question, as a GET form: the answer is a page of its own that can be bookmarked and
 * sent to a colleague, and it needs no script to work.
 */
export function WhatIfFormView({
  action,
  form,
  members,
}: {
  action: string;
  form: WhatIfForm;
  members: { id: string; name: string }[];
}) {
  const t = useTranslations("whatIf");
  const error = useErrorText();
  return (
    <QueryForm action={action} label={t("formLabel")} submitLabel={t("submit")} columns={3}>
      <TextField
        name="target"
        label={t("target")}
        hint={t("targetHint")}
        inputMode="decimal"
        defaultValue={form.values.target}
        error={error(form.errors.target)}
        required
      />
      <SelectField
        name="unit"
        label={t("unit")}
        defaultValue={form.values.unit}
        error={error(form.errors.unit)}
        options={WHAT_IF_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
      />
      <TextField
        name="calls"
        label={t("calls")}
        hint={t("callsHint")}
        inputMode="numeric"
        defaultValue={form.values.calls}
        error={error(form.errors.calls)}
      />
      <TextField
        name="hours"
        label={t("hours")}
        hint={t("hoursHint", { hours: DEFAULT_HOURS_PER_REP_PER_DAY })}
        inputMode="decimal"
        defaultValue={form.values.hours}
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
