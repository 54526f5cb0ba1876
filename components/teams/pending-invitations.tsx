"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { RowAction } from "@/components/ui/row-action";
import { Cell, ListTable, Row, RowHeader } from "@/components/ui/table";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import type { Role } from "@/lib/domain";
import { useFormatter } from "@/lib/i18n/formatter";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/teams/actions";
import { InvitationSentNotice } from "./invitation-link";

export interface PendingInvitationRow {
  id: string;
  memberId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  /** Set when the invitation e-mail's last attempt failed. */
  mailFailedAt: Date | null;
  /** Whether this viewer may resend or withdraw it (a manager cannot for an owner). */
  manageable: boolean;
}

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
  const tMail = useTranslations("operations.mail");
  const format = useFormatter();
  const [resent, resend] = useActionState(resendInvitationAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [revoked, revoke] = useActionState(revokeInvitationAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-3">
      {resent.ok && resent.data ? (
        <InvitationSentNotice data={resent.data} />
      ) : (
        <FormMessage state={resent} />
      )}
      <FormMessage state={revoked} />
      <ListTable
        items={invitations}
        empty={t("noPending")}
        caption={t("pendingCaption")}
        columns={[t("name"), t("role"), t("sent"), t("expires"), t("actions")]}
      >
        {(invitation) => (
          <Row key={invitation.id}>
            <RowHeader>
              {invitation.name}
              <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                {invitation.email}
              </span>
              {invitation.mailFailedAt ? (
                <span className="mt-1 block text-xs font-medium text-red-700 dark:text-red-400">
                  {tMail("invitationFailed")}
                </span>
              ) : null}
            </RowHeader>
            <Cell>{tRoles(invitation.role)}</Cell>
            <Cell>{date(invitation.createdAt)}</Cell>
            <Cell>
              {invitation.expiresAt <= now ? (
                <span className="font-medium text-red-700 dark:text-red-400">{t("expired")}</span>
              ) : (
                date(invitation.expiresAt)
              )}
            </Cell>
            <Cell>
              {invitation.manageable ? (
                <div className="flex flex-wrap gap-2">
                  <RowAction
                    action={resend}
                    fields={{ memberId: invitation.memberId }}
                    label={t("resendLabel", { name: invitation.name })}
                  >
                    {t("resend")}
                  </RowAction>
                  <RowAction
                    action={revoke}
                    fields={{ invitationId: invitation.id }}
                    label={t("revokeLabel", { name: invitation.name })}
                    variant="danger"
                  >
                    {t("revoke")}
                  </RowAction>
                </div>
              ) : null}
            </Cell>
          </Row>
        )}
      </ListTable>
    </div>
  );
}
