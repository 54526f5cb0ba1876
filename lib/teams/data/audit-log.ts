import "server-only";
// Reading the organization's audit log (events are written by recordAudit beside each
// change): filtered by action, actor and date range, newest first, a page at a time.
import { and, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { apiKeys, auditEvents, users } from "@/db/schema";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";

export interface AuditFilter {
  action?: string;
  actorUserId?: string;
  /** YYYY-MM-DD, inclusive, in the organization's time zone. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditEventRow {
  id: string;
  createdAt: Date;
  action: string;
  subjectType: string;
  subjectId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  apiKeyName: string | null;
  before: unknown;
  after: unknown;
}

export async function listAuditEvents(ctx: OrgContext, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.orgId, ctx.org.id)];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId));
  // A day starts at midnight in the organization's time zone, not the server's.
  if (filter.from) {
    conditions.push(
      sql`${auditEvents.createdAt} >= (${filter.from}::date::timestamp at time zone ${ctx.org.timeZone})`,
    );
  }
  if (filter.to) {
    conditions.push(
      sql`${auditEvents.createdAt} < ((${filter.to}::date + 1)::timestamp at time zone ${ctx.org.timeZone})`,
    );
  }
  const where = and(...conditions);
  return inOrg(ctx, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(auditEvents).where(where);
    const events: AuditEventRow[] = await tx
      .select({
        id: auditEvents.id,
        createdAt: auditEvents.createdAt,
        action: auditEvents.action,
        subjectType: auditEvents.subjectType,
        subjectId: auditEvents.subjectId,
        actorName: users.name,
        actorEmail: users.email,
        apiKeyName: apiKeys.name,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(apiKeys, and(eq(apiKeys.orgId, auditEvents.orgId), eq(apiKeys.id, auditEvents.actorApiKeyId)))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize);
    return { events, total: Number(total?.n ?? 0) };
  });
}

/** The choices of the filters: the actions and the people that occur in this organization's log. */
export async function auditFilterOptions(ctx: OrgContext) {
  return inOrg(ctx, async (tx) => {
    const actions = await tx
      .selectDistinct({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.orgId, ctx.org.id))
      .orderBy(auditEvents.action);
    const actors = await tx
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(eq(auditEvents.orgId, ctx.org.id))
      .orderBy(users.name, users.email, users.id);
    return { actions: actions.map((a) => a.action), actors };
  });
}
