import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { MemberSelectField } from "@/components/ui/member-select-field";
import { QueryForm } from "@/components/ui/query-form";
import { TextField } from "@/components/ui/text-field";
import type { ForecastForm } from "@/lib/dashboard/forecast-view";

/** The plan, as a GET form: works without script, and the answer can be bookmarked. */
export function ForecastFormView({
  action,
  form,
  members,
}: {
  action: string;
  form: ForecastForm;
  /** Whom the viewer may choose; null for a rep, who sees only their own forecast. */
  members: { id: string; name: string }[] | null;
}) {
  const t = useTranslations("forecast");
  const error = useErrorText();
  return (
    <QueryForm action={action} label={t("formLabel")} submitLabel={t("submit")} columns={2}>
      {members ? (
        <MemberSelectField
          label={t("member")}
          wholeTeamLabel={t("wholeTeam")}
          defaultValue={form.values.member}
          members={members}
        />
      ) : null}
      <TextField
        name="calls"
        label={t("calls")}
        hint={t("callsHint")}
        inputMode="numeric"
        defaultValue={form.values.calls}
        error={error(form.errors.calls)}
      />
    </QueryForm>
  );
}
