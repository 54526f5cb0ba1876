"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { correctMemberDetailsAction } from "@/lib/teams/member-details-actions";

/** Correct a member's name and start date; a failed save keeps what was typed. */
export function MemberDetailsForm({
  orgSlug,
  member,
}: {
  orgSlug: string;
  member: { id: string; name: string; startedOn: string };
}) {
  const t = useTranslations("memberDetails");
  const [state, action] = useActionState(correctMemberDetailsAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const kept = state.ok ? undefined : state.values;
  return (
    <form
      action={action}
      noValidate
      aria-label={t("formLabel", { name: member.name })}
      className="grid max-w-2xl gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="memberId" value={member.id} />
      <TextField
        name="name"
        label={t("name")}
        defaultValue={kept?.name ?? member.name}
        error={state.fieldErrors?.name}
        autoComplete="off"
        required
      />
      <TextField
        name="startedOn"
        type="date"
        label={t("startedOn")}
        hint={t("startedOnHint")}
        defaultValue={kept?.startedOn ?? member.startedOn}
        error={state.fieldErrors?.startedOn}
        required
      />
      <div className="sm:col-span-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
