"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { saveMemberCostAction } from "@/app/o/[orgSlug]/profitability/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { languageOf } from "@/lib/i18n/locale";

// The type only: the page passes the server action in.
type Action = typeof saveMemberCostAction;

/** One rep's pay: per hour, per month, or not set. */
export function CostForm({
  orgSlug,
  action,
  member,
  kind,
  amount,
}: {
  orgSlug: string;
  action: Action;
  member: { id: string; name: string };
  kind: "hourly" | "monthly" | "none";
  /** The stored amount; null when none is set. */
  amount: number | null;
}) {
  const t = useTranslations("profitability");
  const locale = useLocale();
  const router = useRouter();
  // Written the way the reader types it: 35,5 in Dutch.
  const shown =
    amount === null ? "" : languageOf(locale) === "nl" ? String(amount).replace(".", ",") : String(amount);
  const [state, formAction] = useActionState(action.bind(null, orgSlug), INITIAL_FORM_STATE);
  // The table above is server-rendered: fetch it again after a save.
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form
      action={formAction}
      noValidate
      aria-label={t("costOf", { name: member.name })}
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start dark:border-slate-800"
    >
      <input type="hidden" name="memberId" value={member.id} />
      <p className="font-medium sm:pt-7">{member.name}</p>
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={state.ok ? kind : (state.values?.kind ?? kind)}
        error={state.fieldErrors?.kind}
        options={(["hourly", "monthly", "none"] as const).map((value) => ({
          value,
          label: t(`kinds.${value}`),
        }))}
      />
      <TextField
        name="amount"
        label={t("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
        defaultValue={state.ok ? shown : (state.values?.amount ?? shown)}
        error={state.fieldErrors?.amount}
      />
      <div className="sm:pt-6">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
      <div className="sm:col-span-4">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
