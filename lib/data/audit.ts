import "server-only";
import { auditEvents } from "@/db/schema";
import type { OrgContext, Tx } from "./tenant-tx";

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Written with the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: Tx, ctx: OrgContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    orgId: ctx.org.id,
    actorUserId: ctx.userId,
    actorApiKeyId: ctx.apiKeyId ?? null,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
