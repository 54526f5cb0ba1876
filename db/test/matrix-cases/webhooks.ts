import "server-only";
import type { ActionMatrixCase, MatrixOrg } from "@/db/test/action-matrix";
// The webhook actions' cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts):
// only owners manage webhooks; another organization's endpoint or delivery is not found.
import { inOrg } from "@/lib/data/tenant-tx";
import {
  createWebhookEndpoint,
  emitWebhookEvent,
  listWebhookDeliveries,
  markWebhookDeliveryFailed,
} from "@/lib/webhooks/data/webhooks";
import {
  createWebhookDefinition,
  deleteWebhookDefinition,
  disableWebhookDefinition,
  enableWebhookDefinition,
  resendWebhookDefinition,
} from "@/lib/webhooks/definitions";

// A public address literal: passes the SSRF guard without DNS, and nothing is sent to it
// (no worker runs in the matrix test).
const PUBLIC_URL = "https://93.184.216.34/hooks/funnelmeter";

async function endpointOf(org: MatrixOrg, which: "own" | "other" = "own") {
  const ctx =
    which === "own"
      ? org.ownerContext
      : { ...org.ownerContext, org: { ...org.ownerContext.org, id: org.other.orgId, slug: org.other.slug } };
  const { id } = await createWebhookEndpoint(ctx, { url: PUBLIC_URL, eventTypes: ["week.saved"] });
  return { ctx, id };
}

async function failedDelivery(org: MatrixOrg, which: "own" | "other" = "own") {
  const { ctx } = await endpointOf(org, which);
  await inOrg(ctx, (tx) => emitWebhookEvent(tx, ctx.org, "week.saved", { test: true }));
  const [delivery] = await listWebhookDeliveries(ctx);
  await markWebhookDeliveryFailed(ctx.org.id, delivery!.id);
  return delivery!.id;
}

export const WEBHOOK_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "register a webhook endpoint",
    definition: createWebhookDefinition,
    input: async () => ({ url: PUBLIC_URL, "week.saved": "on", "member.joined": "on" }),
  },
  {
    name: "register a webhook endpoint without an event type",
    definition: createWebhookDefinition,
    input: async () => ({ url: PUBLIC_URL }),
    expected: { owner: "validation_failed" },
  },
  {
    name: "disable a webhook endpoint",
    definition: disableWebhookDefinition,
    input: async (org) => ({ endpointId: (await endpointOf(org)).id }),
  },
  {
    name: "enable a webhook endpoint",
    definition: enableWebhookDefinition,
    input: async (org) => ({ endpointId: (await endpointOf(org)).id }),
  },
  {
    name: "delete a webhook endpoint",
    definition: deleteWebhookDefinition,
    input: async (org) => ({ endpointId: (await endpointOf(org)).id }),
  },
  {
    name: "delete another organization's webhook endpoint",
    definition: deleteWebhookDefinition,
    input: async (org) => ({ endpointId: (await endpointOf(org, "other")).id }),
    expected: { owner: "not_found" },
  },
  {
    name: "disable another organization's webhook endpoint",
    definition: disableWebhookDefinition,
    input: async (org) => ({ endpointId: (await endpointOf(org, "other")).id }),
    expected: { owner: "not_found" },
  },
  {
    name: "send a failed webhook delivery again",
    definition: resendWebhookDefinition,
    input: async (org) => ({ deliveryId: await failedDelivery(org) }),
  },
  {
    name: "send another organization's failed webhook delivery again",
    definition: resendWebhookDefinition,
    input: async (org) => ({ deliveryId: await failedDelivery(org, "other") }),
    expected: { owner: "not_found" },
  },
];
