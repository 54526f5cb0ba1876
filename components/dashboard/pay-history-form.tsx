"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import type { removePayChangeAction, savePayChangeAction } from "@/app/o/[orgSlug]/profitability/actions";
import { FormMessage } from "@/components/ui/form-message";
import { RowAction } from "@/components/ui/row-action";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { useFormatter } from "@/lib/i18n/formatter";
import type { PayChange } from "@/lib/kpi/profitability";
import { dateForDisplay } from "@/lib/weeks/calendar";

/**
 * One rep's pay history (each change from its date) with, for owners, a form to record a
 * change and a button to remove one entered by mistake.
 */
export function PayHistoryForm({
  orgSlug,
  save,
  remove,
  member,
  history,
  currency,
  today,
  mayManage,
}: {
  orgSlug: string;
  save: typeof savePayChangeAction;
  remove: typeof removePayChangeAction;
  member: { id: string; name: string; startedOn: string };
  history: PayChange[];
  currency: string;
  today: string;
  mayManage: boolean;
}) {
  const t = useTranslations("profitability");
  const format = useFormatter();
  const router = useRouter();
  const [state, formAction] = useActionState(save.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [removed, removeAction] = useActionState(remove.bind(null, orgSlug), INITIAL_FORM_STATE);
  // The table above is server-rendered: fetch it again after a change.
  useEffect(() => {
    if (state.ok || removed.ok) router.refresh();
  }, [state, removed, router]);
  const money = (amount: number) => format.number(amount, { style: "currency", currency });
  const date = (iso: string) => format.dateTime(dateForDisplay(iso), { dateStyle: "medium" });
  const headingId = `pay-${member.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h3 id={headingId} className="font-medium">
        {t("payOf", { name: member.name })}
      </h3>
      {history.length === 0 ? (
        <p className="text-sm text-amber-900 dark:text-amber-200">{t("payNone")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {history.map((change) => (
            <li key={change.effectiveFrom} className="flex flex-wrap items-center gap-3">
              <span>
                {t(change.kind === "hourly" ? "payChangeHourly" : "payChangeMonthly", {
                  from: date(change.effectiveFrom),
                  amount: money(change.amount),
                })}
              </span>
              {mayManage ? (
                <RowAction
                  action={removeAction}
                  fields={{ memberId: member.id, effectiveFrom: change.effectiveFrom }}
                  label={t("removeLabel", { name: member.name, from: date(change.effectiveFrom) })}
                  variant="danger"
                >
                  {t("remove")}
                </RowAction>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <FormMessage state={removed.ok ? {} : removed} />
      {mayManage ? (
        <form
          action={formAction}
          noValidate
          aria-label={t("payChangeOf", { name: member.name })}
          className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start"
        >
          <input type="hidden" name="memberId" value={member.id} />
          <SelectField
            name="kind"
            label={t("kind")}
            defaultValue={state.ok ? "monthly" : (state.values?.kind ?? "monthly")}
            error={state.fieldErrors?.kind}
            options={(["monthly", "hourly"] as const).map((value) => ({ value, label: t(`kinds.${value}`) }))}
          />
          <TextField
            name="amount"
            label={t("amount")}
            hint={t("amountHint")}
            inputMode="decimal"
            defaultValue={state.ok ? "" : state.values?.amount}
            error={state.fieldErrors?.amount}
          />
          <TextField
            name="effectiveFrom"
            type="date"
            label={t("effectiveFrom")}
            hint={t("effectiveFromHint")}
            defaultValue={
              state.ok ? today : (state.values?.effectiveFrom ?? (history.length ? today : member.startedOn))
            }
            error={state.fieldErrors?.effectiveFrom}
          />
          <div className="sm:pt-6">
            <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          </div>
          <div className="sm:col-span-4">
            <FormMessage state={state} />
          </div>
        </form>
      ) : null}
    </section>
  );
}
