"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/ui/form-message";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { leaveOrganizationAction } from "@/lib/teams/actions";

/** On success the action redirects to the organizations still theirs; only a refusal comes back. */
export function LeaveOrganization({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const t = useTranslations("members");
  const [state, action] = useActionState(leaveOrganizationAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  return (
    <form action={action} aria-label={t("leaveHeading", { org: orgName })} className="space-y-3">
      <FormMessage state={state} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("leaveIntro")}</p>
      <LeaveButton label={t("leave")} pendingLabel={t("leaving")} />
    </form>
  );
}

/** Styled as the destructive action it is, unlike the primary submit buttons. */
function LeaveButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md border border-red-300 px-4 py-2 font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 dark:border-red-700 dark:text-red-300 dark:hover:bg-red-950"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
