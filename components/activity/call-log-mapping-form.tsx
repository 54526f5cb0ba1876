"use client";
// The owner says once which columns of the dialer's export hold what, and which outcomes
// count as which funnel metric.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { saveCallLogMappingAction } from "@/lib/activity/actions";
import type { CallLogMapping } from "@/lib/activity/call-log";

export function CallLogMappingForm({
  orgSlug,
  current,
  metrics,
}: {
  orgSlug: string;
  current: CallLogMapping | null;
  metrics: { key: string; label: string }[];
}) {
  const t = useTranslations("callLog");
  const [state, action] = useActionState(saveCallLogMappingAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const field = (name: string, stored: string) => ({
    name,
    defaultValue: state.values?.[name] ?? stored,
    error: state.fieldErrors?.[name],
    autoComplete: "off",
  });
  return (
    <form action={action} aria-label={t("mappingHeading")} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField {...field("at", current?.at ?? "")} label={t("atColumn")} hint={t("atHint")} required />
      <TextField {...field("email", current?.email ?? "")} label={t("emailColumn")} required />
      <TextField
        {...field("duration", current?.duration ?? "")}
        label={t("durationColumn")}
        hint={t("durationHint")}
        required
      />
      <TextField
        {...field("outcome", current?.outcome ?? "")}
        label={t("outcomeColumn")}
        hint={t("outcomeHint")}
      />
      {metrics.map((metric) => (
        <TextField
          key={metric.key}
          {...field(`outcomes.${metric.key}`, (current?.outcomes[metric.key] ?? []).join(", "))}
          label={t("outcomesFor", { metric: metric.label })}
          hint={t("outcomesHint")}
        />
      ))}
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("saveMapping")}</SubmitButton>
      </div>
    </form>
  );
}
