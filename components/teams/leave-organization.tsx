"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { leaveOrganization } from "@/lib/teams/actions";

export function LeaveOrganization({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const t = useTranslations("members");
  const router = useRouter();
  const [state, action] = useActionState(leaveOrganization.bind(null, orgSlug), INITIAL_FORM_STATE);
  useEffect(() => {
    // Gone from this organization: back to the ones still theirs.
    if (state.ok) router.replace("/");
  }, [state.ok, router]);
  return (
    <form action={action} aria-label={t("leaveHeading", { org: orgName })} className="space-y-3">
      <FormMessage state={state.ok ? {} : state} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("leaveIntro")}</p>
      <SubmitButton pendingLabel={t("leaving")}>{t("leave")}</SubmitButton>
    </form>
  );
}
