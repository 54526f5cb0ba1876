// How a delivery is signed, and how a receiver checks it (the README shows the same steps).
// Pure: no clock, no network. The signature is HMAC-SHA256 with the endpoint's secret over
// `${timestamp}.${body}`, hex, sent as `v1=<hex>` so that a later scheme can sit beside it.
import crypto from "node:crypto";

export const EVENT_ID_HEADER = "funnelmeter-event-id";
export const TIMESTAMP_HEADER = "funnelmeter-timestamp";
export const SIGNATURE_HEADER = "funnelmeter-signature";

/** How old a delivery's timestamp may be before a receiver should refuse it (replays). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new endpoint's secret: 256 random bits, recognisable by its prefix. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString("base64url")}`;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v1=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** The headers of one attempt: a new timestamp each time, the same event id. */
export function signedHeaders(secret: string, eventId: string, body: string, timestamp: number) {
  return {
    "content-type": "application/json",
    [EVENT_ID_HEADER]: eventId,
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signature(secret, timestamp, body),
  };
}

export type Verification = { ok: true } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

/**
 * What a receiver does: recompute the signature over the raw body and compare in constant
 * time, and refuse a timestamp further than `toleranceSeconds` from its own clock.
 */
export function verifySignature(input: {
  secret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  nowSeconds: number;
  toleranceSeconds?: number;
}): Verification {
  const timestamp = Number(input.timestamp);
  if (!input.timestamp || !/^\d+$/.test(input.timestamp) || !input.signature) {
    return { ok: false, reason: "malformed" };
  }
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { ok: false, reason: "stale" };
  }
  const expected = Buffer.from(signature(input.secret, timestamp, input.body));
  const given = Buffer.from(input.signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { ok: false, reason: "mismatch" };
  }
  return { ok: true };
}
