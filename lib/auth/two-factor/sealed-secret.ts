import crypto from "node:crypto";

// The TOTP secret at rest: AES-256-GCM with a key derived (HKDF-SHA256) from AUTH_SECRET, so a
// copy of the database alone does not let anyone compute a person's codes. Format:
// v1.<iv>.<tag>.<ciphertext>, base64url. The user id is bound as associated data: a sealed
// secret copied onto another user's row does not open.
const INFO = "funnelmeter totp secret v1";

function keyOf(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "", INFO, 32));
}

export function sealSecret(plain: string, userId: string, authSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyOf(authSecret), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The secret, or null when the box was tampered with, belongs to someone else or another key. */
export function openSecret(sealed: string, userId: string, authSecret: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyOf(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
