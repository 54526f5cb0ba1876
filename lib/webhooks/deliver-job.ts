import "server-only";
import { defineJob } from "@/lib/jobs/registry";
// The delivery job: one signed POST per attempt, every attempt logged; a non-2xx answer, a
// timeout or a refused connection throws, so the queue retries with its backoff (e^attempt
// seconds). After the last attempt the delivery is marked failed, and an owner can send it
// again from the settings page.
import {
  deliveryToSend,
  markWebhookDeliveryFailed,
  recordWebhookAttempt,
  WEBHOOK_JOB,
  type WebhookJobPayload,
} from "@/lib/webhooks/data/webhooks";
import { postSigned } from "./send";
import { signedHeaders } from "./signing";

defineJob<WebhookJobPayload>(WEBHOOK_JOB, {
  async run({ orgId, deliveryId }) {
    const delivery = await deliveryToSend(orgId, deliveryId);
    // Deleted with its endpoint, or already through (a job that ran twice): nothing to do.
    if (!delivery || delivery.status === "delivered") return;
    if (delivery.disabled) {
      await recordWebhookAttempt(orgId, deliveryId, {
        statusCode: null,
        durationMs: 0,
        error: "endpoint disabled",
      });
      await markWebhookDeliveryFailed(orgId, deliveryId);
      return;
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome = await postSigned(
      delivery.url,
      delivery.body,
      signedHeaders(delivery.secret, delivery.eventId, delivery.body, timestamp),
    );
    await recordWebhookAttempt(orgId, deliveryId, outcome);
    if (outcome.error !== null) throw new Error(`webhook ${deliveryId}: ${outcome.error}`);
  },
  async giveUp({ orgId, deliveryId }) {
    await markWebhookDeliveryFailed(orgId, deliveryId);
  },
});
