"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import type { saveAnswerAction } from "@/app/o/[orgSlug]/survey/actions";
import { FormMessage } from "@/components/ui/form-message";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubSection } from "@/components/ui/sub-section";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useRefreshAfterSave } from "@/components/ui/use-refresh-after-save";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { languageOf } from "@/lib/i18n/locale";
import { PIPELINE_HEALTH, PRACTICES, type SurveyAnswer } from "@/lib/kpi/pipeline-health";

/** A member's answer: how healthy the pipeline is, seven statements, the numbers behind it. */
export function AnswerForm({
  orgSlug,
  action,
  roundId,
  previous,
}: {
  orgSlug: string;
  action: typeof saveAnswerAction;
  roundId: string;
  /** The member's earlier answer to this round, shown to change it. */
  previous: SurveyAnswer | null;
}) {
  const t = useTranslations("survey");
  const locale = useLocale();
  const [state, formAction] = useActionState(action.bind(null, orgSlug), INITIAL_FORM_STATE);
  useRefreshAfterSave(state);
  const amount = (value: number | undefined) =>
    value === undefined ? "" : languageOf(locale) === "nl" ? String(value).replace(".", ",") : String(value);
  // After a refused save, what was submitted; otherwise the earlier answer.
  const value = (name: string, fallback: string) =>
    state.ok ? fallback : (state.values?.[name] ?? fallback);
  return (
    <form action={formAction} noValidate aria-label={t("answerHeading")} className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <RadioGroup
        name="health"
        legend={t("healthQuestion")}
        defaultValue={value("health", previous?.health ?? "")}
        error={state.fieldErrors?.health}
        options={PIPELINE_HEALTH.map((health) => ({ value: health, label: t(`health.${health}`) }))}
        inline
      />
      <SubSection
        headingId="practices-heading"
        title={t("practicesHeading")}
        intro={t("practicesIntro")}
        className="space-y-4"
      >
        {PRACTICES.map((practice) => (
          <RadioGroup
            key={practice}
            name={`practices.${practice}`}
            legend={t(`practices.${practice}`)}
            defaultValue={value(`practices.${practice}`, String(previous?.practices[practice] ?? ""))}
            error={state.fieldErrors?.[`practices.${practice}`]}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`agreement.${n}`) }))}
            inline
          />
        ))}
      </SubSection>
      <SubSection headingId="numbers-heading" title={t("numbersHeading")} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          {(["openPipelineValue", "expectedToClose", "target"] as const).map((name) => (
            <TextField
              key={name}
              name={name}
              label={t(`numbers.${name}`)}
              hint={t(`numbersHints.${name}`)}
              inputMode="decimal"
              defaultValue={value(name, amount(previous?.[name]))}
              error={state.fieldErrors?.[name]}
              required
            />
          ))}
        </div>
      </SubSection>
      <SubmitButton pendingLabel={t("saving")}>{previous ? t("change") : t("submit")}</SubmitButton>
    </form>
  );
}
