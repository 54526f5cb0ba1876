import "server-only";
// The owner's webhook actions (permission webhooks.manage): register an endpoint (its secret
// is shown once, in the answer), disable or enable it, delete it, send a failed delivery again.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/domain";
import { ValidationError } from "@/lib/errors";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  setWebhookEndpointEnabled,
} from "@/lib/webhooks/data/webhooks";
import { targetProblem } from "./targets";

// One checkbox per event type, named by the type ("week.saved": "on").
const eventBoxes = Object.fromEntries(
  WEBHOOK_EVENT_TYPES.map((type) => [type, z.string().optional()]),
) as Record<WebhookEventType, z.ZodOptional<z.ZodString>>;

export const createWebhookSchema = z
  .object({
    url: z.string().trim().min(1, { error: "required" }).max(2000, { error: "tooLong" }),
    ...eventBoxes,
  })
  .transform((input, context) => {
    const eventTypes = WEBHOOK_EVENT_TYPES.filter((type) => input[type] === "on");
    if (eventTypes.length === 0) {
      context.addIssue({ code: "custom", path: ["events"], message: "webhookChooseEvents" });
      return z.NEVER;
    }
    return { url: input.url, eventTypes };
  });

const TARGET_MESSAGES = {
  invalidUrl: "webhookInvalidUrl",
  notHttp: "webhookNotHttp",
  unresolvable: "webhookUnresolvable",
  internalAddress: "webhookInternalAddress",
} as const;

export const createWebhookDefinition: OrgActionDefinition<typeof createWebhookSchema> = {
  schema: createWebhookSchema,
  permission: "webhooks.manage",
  handler: async ({ url, eventTypes }, ctx) => {
    const problem = await targetProblem(url);
    if (problem) throw new ValidationError({ url: { key: TARGET_MESSAGES[problem] } });
    const { id, secret } = await createWebhookEndpoint(ctx, { url, eventTypes });
    // The secret is shown once, now: the receiver needs it to check signatures.
    return { id, url, secret };
  },
};

const endpointSchema = z.object({ endpointId: z.uuid({ error: "invalid" }) });

export const disableWebhookDefinition: OrgActionDefinition<typeof endpointSchema> = {
  schema: endpointSchema,
  permission: "webhooks.manage",
  successMessage: "webhookDisabled",
  handler: ({ endpointId }, ctx) => setWebhookEndpointEnabled(ctx, endpointId, false),
};

export const enableWebhookDefinition: OrgActionDefinition<typeof endpointSchema> = {
  schema: endpointSchema,
  permission: "webhooks.manage",
  successMessage: "webhookEnabled",
  handler: ({ endpointId }, ctx) => setWebhookEndpointEnabled(ctx, endpointId, true),
};

export const deleteWebhookDefinition: OrgActionDefinition<typeof endpointSchema> = {
  schema: endpointSchema,
  permission: "webhooks.manage",
  successMessage: "webhookDeleted",
  handler: ({ endpointId }, ctx) => deleteWebhookEndpoint(ctx, endpointId),
};

const deliverySchema = z.object({ deliveryId: z.uuid({ error: "invalid" }) });

export const resendWebhookDefinition: OrgActionDefinition<typeof deliverySchema> = {
  schema: deliverySchema,
  permission: "webhooks.manage",
  successMessage: "webhookResent",
  handler: ({ deliveryId }, ctx) => resendWebhookDelivery(ctx, deliveryId),
};
