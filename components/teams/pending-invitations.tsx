"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { Role } from "@/db/schema";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { resendInvitation, revokeInvitation } from "@/lib/teams/actions";
import { InvitationSentNotice } from "./invitation-link";

export interface PendingInvitationRow {
  id: string;
  memberId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  /** Whether this viewer may resend or withdraw it (a manager cannot for an owner). */
  manageable: boolean;
}

const buttonClass =
  "rounded-md border px-3 py-1 text-sm border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";

export function PendingInvitations({
  orgSlug,
  invitations,
  now,
}: {
  orgSlug: string;
  invitations: PendingInvitationRow[];
  now: Date;
}) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const format = useFormatter();
  const [resent, resend] = useActionState(resendInvitation.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [revoked, revoke] = useActionState(revokeInvitation.bind(null, orgSlug), INITIAL_FORM_STATE);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3">
      {resent.ok && resent.data ? (
        <InvitationSentNotice data={resent.data} />
      ) : (
        <FormMessage state={resent} />
      )}
      <FormMessage state={revoked} />
      {invitations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700">
          {t("noPending")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("pendingCaption")}</caption>
            <thead className="bg-slate-100 dark:bg-slate-800">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("role")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("sent")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("expires")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="px-4 py-2 font-medium">
                    {invitation.name}
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                      {invitation.email}
                    </span>
                  </th>
                  <td className="px-4 py-2">{tRoles(invitation.role)}</td>
                  <td className="px-4 py-2">{date(invitation.createdAt)}</td>
                  <td className="px-4 py-2">
                    {invitation.expiresAt <= now ? (
                      <span className="font-medium text-red-700 dark:text-red-400">{t("expired")}</span>
                    ) : (
                      date(invitation.expiresAt)
                    )}
                  </td>
                  <td className="px-4 py-2">
                    {invitation.manageable ? (
                      <div className="flex flex-wrap gap-2">
                        <form action={resend}>
                          <input type="hidden" name="memberId" value={invitation.memberId} />
                          <button
                            type="submit"
                            aria-label={t("resendLabel", { name: invitation.name })}
                            className={buttonClass}
                          >
                            {t("resend")}
                          </button>
                        </form>
                        <form action={revoke}>
                          <input type="hidden" name="invitationId" value={invitation.id} />
                          <button
                            type="submit"
                            aria-label={t("revokeLabel", { name: invitation.name })}
                            className="rounded-md border border-red-300 px-3 py-1 text-sm text-red-700 hover:bg-red-50 dark:border-red-700 dark:text-red-300 dark:hover:bg-red-950"
                          >
                            {t("revoke")}
                          </button>
                        </form>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
