import crypto from "node:crypto";

// One-time tokens (invitations, password resets, API keys): 256 random bits, shown once,
// stored only as a SHA-256 hash (a fast hash is right here: the token itself is random,
// so there is nothing to brute-force).
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
