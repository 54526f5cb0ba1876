import crypto from "node:crypto";

// Between the two steps of a two-factor log-in, the browser holds a short-lived signed
// statement "this user gave the right password", never a session. The code step sends it
// back with the code to the credentials provider. It names the session epoch, so a password
// change or "log out everywhere" in between voids it; it says nothing secret.
const INFO = "funnelmeter password-ok v1";
export const PASSWORD_OK_TTL_MS = 5 * 60 * 1000;

function keyOf(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "", INFO, 32));
}

function mac(payload: string, authSecret: string) {
  return crypto.createHmac("sha256", keyOf(authSecret)).update(payload).digest("base64url");
}

export function signPasswordOk(
  claim: { userId: string; sessionEpoch: number },
  authSecret: string,
  now = new Date(),
): string {
  const payload = Buffer.from(
    JSON.stringify({ u: claim.userId, e: claim.sessionEpoch, x: now.getTime() + PASSWORD_OK_TTL_MS }),
  ).toString("base64url");
  return `${payload}.${mac(payload, authSecret)}`;
}

export function readPasswordOk(
  token: string,
  authSecret: string,
  now = new Date(),
): { userId: string; sessionEpoch: number } | null {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload, authSecret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    const { u, e, x } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof u !== "string" || typeof e !== "number" || typeof x !== "number") return null;
    return x > now.getTime() ? { userId: u, sessionEpoch: e } : null;
  } catch {
    return null;
  }
}
