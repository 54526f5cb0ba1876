import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, SIGNATURE_HEADER, signature, signedHeaders, verifySignature } from "./signing";

const secret = "whsec_test-secret";
const body = JSON.stringify({ id: "e1", type: "week.saved", data: { calls: 12 } });

describe("webhook signatures", () => {
  it("is HMAC-SHA256 over the timestamp, a dot and the body, hex, prefixed v1=", () => {
    const expected = crypto.createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(signature(secret, 1_700_000_000, body)).toBe(`v1=${expected}`);
  });

  it("verifies what it signed", () => {
    const headers = signedHeaders(secret, "e1", body, 1_700_000_000);
    expect(
      verifySignature({
        secret,
        body,
        timestamp: headers["funnelmeter-timestamp"],
        signature: headers[SIGNATURE_HEADER],
        nowSeconds: 1_700_000_010,
      }),
    ).toEqual({ ok: true });
  });

  it("refuses another body, another secret, another timestamp", () => {
    const sig = signature(secret, 1_700_000_000, body);
    const check = (over: Partial<Parameters<typeof verifySignature>[0]>) =>
      verifySignature({
        secret,
        body,
        timestamp: "1700000000",
        signature: sig,
        nowSeconds: 1_700_000_000,
        ...over,
      });
    expect(check({ body: `${body} ` })).toEqual({ ok: false, reason: "mismatch" });
    expect(check({ secret: "whsec_other" })).toEqual({ ok: false, reason: "mismatch" });
    expect(check({ timestamp: "1700000001", nowSeconds: 1_700_000_001 })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(check({ signature: "v1=00" })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a stale timestamp (a replay) and malformed headers", () => {
    const sig = signature(secret, 1_700_000_000, body);
    const base = { secret, body, signature: sig };
    expect(verifySignature({ ...base, timestamp: "1700000000", nowSeconds: 1_700_000_301 })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(verifySignature({ ...base, timestamp: "soon", nowSeconds: 1 })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifySignature({ ...base, timestamp: null, nowSeconds: 1 })).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(verifySignature({ ...base, signature: undefined, timestamp: "1", nowSeconds: 1 })).toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("makes a new random secret each time", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
