import "server-only";
// Every e-mail leaves through the job queue ("mail.send", handled in lib/jobs/mail-jobs.ts):
// a mail server that is down delays the message instead of losing it. Queued in the
// caller's transaction where there is one, so a rolled-back change sends nothing.
import { and, eq, sql } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { inOrg, type Tx } from "@/lib/data/tenant-tx";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { enqueue } from "./jobs";

export const MAIL_JOB = "mail.send";

/** What to mark when the last attempt failed, so that the product can say so. */
export type MailFailureRecord = { kind: "invitation"; orgId: string; invitationId: string };

export interface MailJobPayload extends Record<string, unknown> {
  mail: OutgoingMail;
  onFailure?: MailFailureRecord;
}

/**
 * MAIL_MAX_ATTEMPTS (default 10): with e^n seconds between attempts, the last one is about
 * three hours after the first, long enough for a mail server's maintenance window.
 */
export function mailMaxAttempts(): number {
  const n = Number(process.env.MAIL_MAX_ATTEMPTS);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

export async function queueMail(
  mail: OutgoingMail,
  options: { tx?: Tx; onFailure?: MailFailureRecord } = {},
) {
  const payload: MailJobPayload = { mail, ...(options.onFailure ? { onFailure: options.onFailure } : {}) };
  await enqueue(MAIL_JOB, payload, { tx: options.tx, maxAttempts: mailMaxAttempts() });
}

export async function recordMailFailure(record: MailFailureRecord): Promise<void> {
  await inOrg({ org: { id: record.orgId } }, (tx) =>
    tx
      .update(invitations)
      .set({ mailFailedAt: sql`now()` })
      .where(and(eq(invitations.orgId, record.orgId), eq(invitations.id, record.invitationId))),
  );
}
