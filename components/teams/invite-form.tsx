"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import type { Role } from "@/lib/domain";
import { inviteMemberAction } from "@/lib/teams/actions";
import { InvitationSentNotice } from "./invitation-link";

/** `roles`: the roles this inviter may give (never above their own). */
export function InviteForm({ orgSlug, roles, today }: { orgSlug: string; roles: Role[]; today: string }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const [state, action] = useActionState(inviteMemberAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  // After a success the form starts empty again; after a failure it keeps what was typed.
  const kept = state.ok ? undefined : state.values;
  const field = (name: string) => ({ name, defaultValue: kept?.[name], error: state.fieldErrors?.[name] });
  return (
    <div className="space-y-4">
      {state.ok && state.data ? <InvitationSentNotice data={state.data} /> : null}
      <form
        action={action}
        noValidate
        aria-label={t("inviteHeading")}
        className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="sm:col-span-2">
          <FormMessage state={state.ok ? {} : state} />
        </div>
        <TextField {...field("email")} type="email" label={t("email")} autoComplete="off" required />
        <TextField {...field("name")} label={t("name")} autoComplete="off" required />
        <SelectField
          {...field("role")}
          key={`role-${kept?.role ?? "rep"}-${String(state.ok)}`}
          defaultValue={kept?.role ?? "rep"}
          label={t("role")}
          options={roles.map((role) => ({ value: role, label: tRoles(role) }))}
        />
        <TextField
          {...field("startedOn")}
          defaultValue={kept?.startedOn ?? today}
          type="date"
          label={t("startedOn")}
          hint={t("startedOnHint")}
          required
        />
        <div className="sm:col-span-2">
          <SubmitButton pendingLabel={t("inviting")}>{t("invite")}</SubmitButton>
        </div>
      </form>
    </div>
  );
}
