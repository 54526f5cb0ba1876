import { describe, expect, it } from "vitest";
import { PASSWORD_OK_TTL_MS, readPasswordOk, signPasswordOk } from "./password-ok-token";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./sealed-secret";
import { acceptedStep, newTotpSecret, otpauthUri, totpCode } from "./totp";

// RFC 6238 appendix B, SHA-1: the ASCII secret "12345678901234567890"; a 6-digit code is the
// last six digits of the 8-digit value in the RFC's table.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: [number, string][] = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
  [20000000000, "353130"],
];

describe("TOTP", () => {
  it.each(RFC_VECTORS)("matches RFC 6238 at %i s", (seconds, code) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });

  it("accepts the previous, current and next step, and nothing further", () => {
    const now = new Date(1111111111 * 1000);
    const step = Math.floor(1111111111 / 30);
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(RFC_SECRET, new Date(now.getTime() + offset * 30_000));
      expect(acceptedStep(RFC_SECRET, code, now, null)).toBe(step + offset);
    }
    for (const offset of [-2, 2]) {
      const code = totpCode(RFC_SECRET, new Date(now.getTime() + offset * 30_000));
      expect(acceptedStep(RFC_SECRET, code, now, null)).toBeNull();
    }
  });

  it("refuses a step already used, and any step before it", () => {
    const now = new Date(1234567890 * 1000);
    const step = Math.floor(1234567890 / 30);
    expect(acceptedStep(RFC_SECRET, "005924", now, step)).toBeNull();
    expect(acceptedStep(RFC_SECRET, "005924", now, step + 1)).toBeNull();
    expect(acceptedStep(RFC_SECRET, "005924", now, step - 1)).toBe(step);
  });

  it("takes the code with a space as apps show it, refuses anything but six digits", () => {
    const now = new Date(59_000);
    expect(acceptedStep(RFC_SECRET, "287 082", now, null)).toBe(1);
    expect(acceptedStep(RFC_SECRET, "28708", now, null)).toBeNull();
    expect(acceptedStep(RFC_SECRET, "28708a", now, null)).toBeNull();
  });

  it("makes 160-bit secrets and an otpauth URI apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(otpauthUri(secret, "ann@example.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Funnelmeter");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("algorithm")).toBe("SHA1");
  });
});

describe("sealed secret", () => {
  const key = "an-auth-secret-for-tests";
  it("opens with the same key and user only", () => {
    const sealed = sealSecret(RFC_SECRET, "user-a", key);
    expect(sealed).not.toContain(RFC_SECRET);
    expect(openSecret(sealed, "user-a", key)).toBe(RFC_SECRET);
    expect(openSecret(sealed, "user-b", key)).toBeNull();
    expect(openSecret(sealed, "user-a", "another-key")).toBeNull();
    expect(sealSecret(RFC_SECRET, "user-a", key)).not.toBe(sealed); // a fresh IV each time
  });

  it("refuses a tampered box", () => {
    const [v, iv, tag, body] = sealSecret(RFC_SECRET, "user-a", key).split(".");
    const flipped = Buffer.from(body as string, "base64url");
    flipped[0] = (flipped[0] as number) ^ 1;
    expect(openSecret([v, iv, tag, flipped.toString("base64url")].join("."), "user-a", key)).toBeNull();
    expect(openSecret("garbage", "user-a", key)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes that hash the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [code] = codes as [string];
    expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(code.toUpperCase().replace("-", " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toBe(hashRecoveryCode(codes[1] as string));
  });

  it("refuses what cannot be a code", () => {
    expect(normaliseRecoveryCode("123456")).toBeNull();
    expect(normaliseRecoveryCode("abcde-fghi1")).toBeNull();
    expect(hashRecoveryCode("")).toBeNull();
  });
});

describe("password-ok token", () => {
  const key = "an-auth-secret-for-tests";
  const now = new Date("2026-12-01T10:00:00Z");
  it("carries the user and epoch until it expires", () => {
    const token = signPasswordOk({ userId: "u1", sessionEpoch: 3 }, key, now);
    expect(readPasswordOk(token, key, now)).toEqual({ userId: "u1", sessionEpoch: 3 });
    expect(readPasswordOk(token, key, new Date(now.getTime() + PASSWORD_OK_TTL_MS))).toBeNull();
  });

  it("refuses a forged or altered token", () => {
    const token = signPasswordOk({ userId: "u1", sessionEpoch: 3 }, key, now);
    expect(readPasswordOk(token, "another-key", now)).toBeNull();
    const [, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ u: "u2", e: 3, x: now.getTime() + 60_000 })).toString(
      "base64url",
    );
    expect(readPasswordOk(`${forged}.${sig}`, key, now)).toBeNull();
    expect(readPasswordOk("nonsense", key, now)).toBeNull();
  });
});
