"use client";
// A reminder for one person and week. Without SMTP the server only logs it, and says so.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { sendReminder } from "@/lib/entries/actions";

export function ReminderButton({
  orgSlug,
  memberId,
  name,
  week,
}: {
  orgSlug: string;
  memberId: string;
  name: string;
  week: string;
}) {
  const t = useTranslations("weekly.grid");
  const [state, action] = useActionState(sendReminder.bind(null, orgSlug), INITIAL_FORM_STATE);
  const result = state.ok ? (state.data as { delivered: boolean; email: string } | undefined) : undefined;
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="week" value={week} />
      {result ? null : (
        <RemindButton label={t("remindLabel", { name, week })} text={t("remind")} pending={t("sending")} />
      )}
      {result ? (
        <p
          role="status"
          className={`text-xs ${result.delivered ? "text-green-800 dark:text-green-300" : "text-amber-900 dark:text-amber-200"}`}
        >
          {result.delivered
            ? t("emailed", { email: result.email })
            : t("notEmailed", { email: result.email })}
        </p>
      ) : null}
      {state.ok === false && state.message ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

function RemindButton({ label, text, pending }: { label: string; text: string; pending: string }) {
  const status = useFormStatus();
  return (
    <button
      type="submit"
      aria-label={label}
      disabled={status.pending}
      className="rounded-md border border-slate-300 px-2 py-1 text-xs font-semibold hover:bg-slate-50 disabled:opacity-60 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      {status.pending ? pending : text}
    </button>
  );
}
