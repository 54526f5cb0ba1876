"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useId, useMemo } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { RowAction } from "@/components/ui/row-action";
import { Cell, DataTable, Row, RowHeader, TableHeadRow } from "@/components/ui/table";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import type { MemberStatus, Role } from "@/lib/domain";
import { useFormatter } from "@/lib/i18n/formatter";
import { eraseMember } from "@/lib/operations/actions";
import {
  changeMemberRoleAction,
  deactivateMemberAction,
  reactivateMemberAction,
  resendInvitationAction,
} from "@/lib/teams/actions";
import { dateForDisplay } from "@/lib/weeks/calendar";
import { InvitationSentNotice } from "./invitation-link";

export interface MemberRow {
  id: string;
  name: string;
  /** A former member whose name and e-mail this viewer (an owner) may erase. */
  erasable?: boolean;
  email: string;
  role: Role;
  status: MemberStatus;
  startedOn: string;
  isYou: boolean;
  /** Invited, with no invitation pending: a new link can be sent. */
  needsInvitation: boolean;
  /** The roles this viewer may give this member; empty when they may not manage them. */
  grantableRoles: Role[];
}

function RoleForm({ member, action }: { member: MemberRow; action: (formData: FormData) => void }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const id = useId();
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="memberId" value={member.id} />
      <label htmlFor={id} className="sr-only">
        {t("roleOf", { name: member.name })}
      </label>
      <select
        id={id}
        name="role"
        defaultValue={member.role}
        key={member.role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      >
        {member.grantableRoles.map((role) => (
          <option key={role} value={role}>
            {tRoles(role)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        aria-label={t("changeRoleLabel", { name: member.name })}
        className={buttonClass("secondary", "sm")}
      >
        {t("changeRole")}
      </button>
    </form>
  );
}

export function MembersTable({
  orgSlug,
  orgName,
  members,
  canManage,
}: {
  orgSlug: string;
  orgName: string;
  members: MemberRow[];
  canManage: boolean;
}) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const tStatus = useTranslations("memberStatus");
  const tDetails = useTranslations("memberDetails");
  const format = useFormatter();
  const [roleState, changeRole] = useActionState(
    changeMemberRoleAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const [deactivated, deactivate] = useActionState(
    deactivateMemberAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const [reactivated, reactivate] = useActionState(
    reactivateMemberAction.bind(null, orgSlug),
    INITIAL_FORM_STATE,
  );
  const [resent, resend] = useActionState(resendInvitationAction.bind(null, orgSlug), INITIAL_FORM_STATE);
  const [erased, erase] = useActionState(eraseMember.bind(null, orgSlug), INITIAL_FORM_STATE);
  const tErase = useTranslations("operations.erase");
  // A refused role is a field error; this form shows it as the form's message.
  const roleOutcome = useMemo(() => {
    const error = roleState.fieldErrors?.role ?? roleState.fieldErrors?.memberId;
    return error ? { ok: false, message: error } : roleState;
  }, [roleState]);
  return (
    <div className="space-y-3">
      <FormMessage state={roleOutcome} />
      <FormMessage state={deactivated} />
      <FormMessage state={reactivated} />
      <FormMessage state={erased} />
      {resent.ok && resent.data ? (
        <InvitationSentNotice data={resent.data} />
      ) : (
        <FormMessage state={resent} />
      )}
      <DataTable caption={t("teamCaption", { org: orgName })}>
        <TableHeadRow
          labels={[t("name"), t("role"), t("status"), t("startedOn"), ...(canManage ? [t("actions")] : [])]}
        />
        <tbody>
          {members.map((member) => {
            const manageable = member.grantableRoles.length > 0;
            return (
              <Row key={member.id}>
                <RowHeader>
                  {member.name} {member.isYou ? <span className="font-normal">{t("you")}</span> : null}
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {member.email}
                  </span>
                </RowHeader>
                <Cell>{tRoles(member.role)}</Cell>
                <Cell>{tStatus(member.status)}</Cell>
                <Cell>
                  {format.dateTime(dateForDisplay(member.startedOn), { dateStyle: "medium" })}
                  {canManage && (manageable || member.isYou) ? (
                    <Link
                      href={`/o/${orgSlug}/members/${member.id}`}
                      aria-label={tDetails("correctLabel", { name: member.name })}
                      className="ml-2 text-sm text-indigo-700 underline dark:text-indigo-300"
                    >
                      {tDetails("correct")}
                    </Link>
                  ) : null}
                </Cell>
                {canManage ? (
                  <Cell>
                    {manageable ? (
                      <div className="flex flex-wrap items-center gap-2">
                        {member.status !== "deactivated" ? (
                          <RoleForm member={member} action={changeRole} />
                        ) : null}
                        {member.needsInvitation ? (
                          <RowAction
                            action={resend}
                            fields={{ memberId: member.id }}
                            label={t("inviteAgainLabel", { name: member.name })}
                          >
                            {t("inviteAgain")}
                          </RowAction>
                        ) : null}
                        {member.status === "deactivated" ? (
                          <RowAction
                            action={reactivate}
                            fields={{ memberId: member.id }}
                            label={t("reactivateLabel", { name: member.name })}
                          >
                            {t("reactivate")}
                          </RowAction>
                        ) : member.isYou ? null : (
                          <RowAction
                            action={deactivate}
                            fields={{ memberId: member.id }}
                            label={t("deactivateLabel", { name: member.name })}
                            variant="danger"
                          >
                            {t("deactivate")}
                          </RowAction>
                        )}
                        {member.erasable ? (
                          // Cannot be undone: behind a disclosure that says what it does.
                          <details className="text-sm">
                            <summary className="cursor-pointer">{tErase("button")}</summary>
                            <div className="mt-2">
                              <RowAction
                                action={erase}
                                fields={{ memberId: member.id }}
                                label={tErase("label", { name: member.name })}
                                variant="danger"
                              >
                                {tErase("label", { name: member.name })}
                              </RowAction>
                            </div>
                          </details>
                        ) : null}
                      </div>
                    ) : null}
                  </Cell>
                ) : null}
              </Row>
            );
          })}
        </tbody>
      </DataTable>
    </div>
  );
}
