import "server-only";
// Outgoing webhooks' data: endpoints (with their signing secret), one delivery per event and
// endpoint, and every attempt. An event becomes its deliveries and their jobs inside the
// transaction of the change it reports (emitWebhookEvent), so a change that rolls back sends
// nothing. The delivery job (lib/webhooks/deliver-job.ts) reads and records through here.
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import type { WebhookEventType } from "@/lib/domain";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/data/jobs";
import { newWebhookSecret } from "@/lib/webhooks/signing";

export const WEBHOOK_JOB = "webhook.deliver";

export interface WebhookJobPayload extends Record<string, unknown> {
  orgId: string;
  deliveryId: string;
}

/**
 * WEBHOOK_MAX_ATTEMPTS (default 10): e^n seconds between attempts, so the last one is about
 * three hours after the first, long enough for a receiver's deployment or short outage.
 */
export function webhookMaxAttempts(): number {
  const n = Number(process.env.WEBHOOK_MAX_ATTEMPTS);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/** The JSON every delivery carries (documented in README "Webhooks"). */
export interface WebhookEventBody {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  organization: string;
  data: Record<string, unknown>;
}

/**
 * Records an event for every enabled endpoint of the organization that asked for its type,
 * and queues their deliveries, in the caller's transaction.
 */
export async function emitWebhookEvent(
  tx: Tx,
  org: { id: string; slug: string },
  type: WebhookEventType,
  data: Record<string, unknown>,
  /** A fixed id makes the event once-only: a second emit with it sends nothing. */
  eventId: string = randomUUID(),
): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.orgId, org.id),
        isNull(webhookEndpoints.disabledAt),
        sql`${webhookEndpoints.eventTypes} @> ${JSON.stringify([type])}::jsonb`,
      ),
    );
  if (endpoints.length === 0) return;
  const event: WebhookEventBody = {
    id: eventId,
    type,
    occurredAt: new Date().toISOString(),
    organization: org.slug,
    data,
  };
  const body = JSON.stringify(event);
  const deliveries = await tx
    .insert(webhookDeliveries)
    .values(
      endpoints.map((e) => ({ orgId: org.id, endpointId: e.id, eventId: event.id, eventType: type, body })),
    )
    .onConflictDoNothing({
      target: [webhookDeliveries.orgId, webhookDeliveries.eventId, webhookDeliveries.endpointId],
    })
    .returning({ id: webhookDeliveries.id });
  for (const d of deliveries) await queueDelivery(tx, org.id, d.id);
}

/** Events computed by a job (no change of its own to join): once-only ids, one transaction. */
export async function emitWebhookEventsOnce(
  org: { id: string; slug: string },
  events: readonly { id: string; type: WebhookEventType; data: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  await inOrg({ org }, async (tx) => {
    for (const event of events) await emitWebhookEvent(tx, org, event.type, event.data, event.id);
  });
}

/** Joins a delivery to its endpoint (same organization: keys between tenant tables carry org_id). */
function endpointOfDelivery() {
  return and(
    eq(webhookEndpoints.orgId, webhookDeliveries.orgId),
    eq(webhookEndpoints.id, webhookDeliveries.endpointId),
  );
}

/** One delivery of the organization: what the settings page, the job and its attempts each address. */
function oneDelivery(orgId: string, deliveryId: string) {
  return and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.id, deliveryId));
}

async function queueDelivery(tx: Tx, orgId: string, deliveryId: string) {
  const payload: WebhookJobPayload = { orgId, deliveryId };
  await enqueue(WEBHOOK_JOB, payload, { tx, maxAttempts: webhookMaxAttempts() });
}

export async function createWebhookEndpoint(
  ctx: OrgContext,
  input: { url: string; eventTypes: readonly WebhookEventType[] },
) {
  const secret = newWebhookSecret();
  return inOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        orgId: ctx.org.id,
        url: input.url,
        eventTypes: [...input.eventTypes],
        secret,
        createdByUserId: ctx.userId,
      })
      .returning({ id: webhookEndpoints.id });
    if (!row) throw new Error("webhook endpoint not created");
    await recordAudit(tx, ctx, {
      action: "webhook.created",
      subjectType: "webhook",
      subjectId: row.id,
      after: { url: input.url, eventTypes: input.eventTypes },
    });
    // Returned once, for the owner to copy; pages never read it back.
    return { id: row.id, secret };
  });
}

export interface WebhookEndpointView {
  id: string;
  url: string;
  eventTypes: string[];
  createdAt: Date;
  disabledAt: Date | null;
}

export async function listWebhookEndpoints(ctx: OrgContext): Promise<WebhookEndpointView[]> {
  return inOrg(ctx, (tx) =>
    tx
      .select({
        id: webhookEndpoints.id,
        url: webhookEndpoints.url,
        eventTypes: webhookEndpoints.eventTypes,
        createdAt: webhookEndpoints.createdAt,
        disabledAt: webhookEndpoints.disabledAt,
      })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.orgId, ctx.org.id))
      .orderBy(desc(webhookEndpoints.createdAt)),
  );
}

export async function setWebhookEndpointEnabled(ctx: OrgContext, endpointId: string, enabled: boolean) {
  await inOrg(ctx, async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: enabled ? null : new Date() })
      .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpointId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) throw new NotFoundError("webhook");
    await recordAudit(tx, ctx, {
      action: enabled ? "webhook.enabled" : "webhook.disabled",
      subjectType: "webhook",
      subjectId: endpointId,
      after: { url: row.url },
    });
  });
}

/** Deletes the endpoint with its delivery log. */
export async function deleteWebhookEndpoint(ctx: OrgContext, endpointId: string) {
  await inOrg(ctx, async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.orgId, ctx.org.id), eq(webhookEndpoints.id, endpointId)))
      .returning({ url: webhookEndpoints.url, eventTypes: webhookEndpoints.eventTypes });
    if (!row) throw new NotFoundError("webhook");
    await recordAudit(tx, ctx, {
      action: "webhook.deleted",
      subjectType: "webhook",
      subjectId: endpointId,
      before: row,
    });
  });
}

/** Sends a delivery that finally failed once more, as a new series of attempts. */
export async function resendWebhookDelivery(ctx: OrgContext, deliveryId: string) {
  await inOrg(ctx, async (tx) => {
    const [row] = await tx
      .select({ status: webhookDeliveries.status, disabledAt: webhookEndpoints.disabledAt })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, endpointOfDelivery())
      .where(oneDelivery(ctx.org.id, deliveryId))
      .for("update", { of: webhookDeliveries });
    if (!row) throw new NotFoundError("webhookDelivery");
    if (row.status !== "failed") throw new ConflictError({ key: "webhookNotFailed" });
    if (row.disabledAt) throw new ConflictError({ key: "webhookEndpointDisabled" });
    await tx.update(webhookDeliveries).set({ status: "pending" }).where(oneDelivery(ctx.org.id, deliveryId));
    await queueDelivery(tx, ctx.org.id, deliveryId);
    await recordAudit(tx, ctx, {
      action: "webhook.resent",
      subjectType: "webhookDelivery",
      subjectId: deliveryId,
    });
  });
}

export interface WebhookAttemptView {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  at: Date;
}

export interface WebhookDeliveryView {
  id: string;
  endpointId: string;
  url: string;
  eventId: string;
  eventType: string;
  status: "pending" | "delivered" | "failed";
  createdAt: Date;
  attempts: WebhookAttemptView[];
}

/** The newest deliveries with their attempts, newest first (the settings page's log). */
export async function listWebhookDeliveries(ctx: OrgContext, limit = 50): Promise<WebhookDeliveryView[]> {
  return inOrg(ctx, async (tx) => {
    const rows = await tx
      .select({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        url: webhookEndpoints.url,
        eventId: webhookDeliveries.eventId,
        eventType: webhookDeliveries.eventType,
        status: webhookDeliveries.status,
        createdAt: webhookDeliveries.createdAt,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, endpointOfDelivery())
      .where(eq(webhookDeliveries.orgId, ctx.org.id))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(limit);
    if (rows.length === 0) return [];
    const attempts = await tx
      .select()
      .from(webhookAttempts)
      .where(
        and(
          eq(webhookAttempts.orgId, ctx.org.id),
          inArray(
            webhookAttempts.deliveryId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .orderBy(webhookAttempts.at);
    return rows.map((r) => ({
      ...r,
      attempts: attempts
        .filter((a) => a.deliveryId === r.id)
        .map(({ statusCode, durationMs, error, at }) => ({ statusCode, durationMs, error, at })),
    }));
  });
}

// The delivery job's side. The job has no person behind it: it acts in the organization
// named by its payload, which only this code ever enqueues.

export interface DeliveryToSend {
  url: string;
  secret: string;
  eventId: string;
  body: string;
  status: "pending" | "delivered" | "failed";
  disabled: boolean;
}

export async function deliveryToSend(orgId: string, deliveryId: string): Promise<DeliveryToSend | null> {
  return inOrg({ org: { id: orgId } }, async (tx) => {
    const [row] = await tx
      .select({
        url: webhookEndpoints.url,
        secret: webhookEndpoints.secret,
        disabledAt: webhookEndpoints.disabledAt,
        eventId: webhookDeliveries.eventId,
        body: webhookDeliveries.body,
        status: webhookDeliveries.status,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, endpointOfDelivery())
      .where(oneDelivery(orgId, deliveryId));
    if (!row) return null;
    const { disabledAt, ...rest } = row;
    return { ...rest, disabled: disabledAt !== null };
  });
}

export async function recordWebhookAttempt(
  orgId: string,
  deliveryId: string,
  outcome: { statusCode: number | null; durationMs: number; error: string | null },
): Promise<void> {
  const delivered = outcome.error === null;
  await inOrg({ org: { id: orgId } }, async (tx) => {
    await tx.insert(webhookAttempts).values({ orgId, deliveryId, ...outcome });
    await tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        ...(delivered ? { status: "delivered" as const, deliveredAt: new Date() } : {}),
      })
      .where(oneDelivery(orgId, deliveryId));
  });
}

export async function markWebhookDeliveryFailed(orgId: string, deliveryId: string): Promise<void> {
  await inOrg({ org: { id: orgId } }, (tx) =>
    tx
      .update(webhookDeliveries)
      .set({ status: "failed" })
      .where(and(oneDelivery(orgId, deliveryId), eq(webhookDeliveries.status, "pending"))),
  );
}
