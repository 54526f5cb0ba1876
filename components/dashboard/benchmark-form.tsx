import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { QueryForm } from "@/components/ui/query-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { type BenchmarkForm, TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";

/** The comparison as a GET form: a benchmark is a URL that can be shared. */
export function BenchmarkFormView({
  action,
  form,
  people,
  ratios,
  candidateName,
}: {
  action: string;
  form: BenchmarkForm;
  people: { id: string; name: string }[];
  ratios: { key: string; label: string }[];
  candidateName: string;
}) {
  const t = useTranslations("benchmark");
  const error = useErrorText();
  const options = people.map((person) => ({ value: person.id, label: person.name }));
  return (
    <QueryForm action={action} label={t("formLabel")} submitLabel={t("submit")} columns={4}>
      <SelectField
        name="candidate"
        label={t("candidate")}
        defaultValue={form.values.candidate}
        options={options}
      />
      <SelectField
        name="reference"
        label={t("reference")}
        defaultValue={form.values.reference}
        error={error(form.errors.reference)}
        options={options}
        appended={[{ value: TEAM_REFERENCE, label: t("restOfTeam") }]}
      />
      <SelectField
        name="ratio"
        label={t("ratio")}
        defaultValue={form.values.ratio}
        error={error(form.errors.ratio)}
        options={ratios.map((ratio) => ({ value: ratio.key, label: ratio.label }))}
      />
      <TextField
        name="to"
        label={t("to")}
        hint={t("toHint", { name: candidateName, weeks: form.candidateTenure })}
        inputMode="numeric"
        defaultValue={form.values.to}
        error={error(form.errors.to)}
      />
    </QueryForm>
  );
}
