// TOTP as RFC 6238 with what every authenticator app understands: SHA-1, 6 digits, 30-second
// steps. The `otpauth` library computes the codes; this module adds the rules of our own:
// one step of clock drift either way, and never the same step twice for one person.
import { Secret, TOTP } from "otpauth";

const PERIOD = 30;
const ISSUER = "Funnelmeter";

function totpOf(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new secret: 160 random bits (RFC 4226's recommended length), written in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function otpauthUri(secretBase32: string, accountName: string): string {
  return totpOf(secretBase32, accountName).toString();
}

/** The code for a moment (tests and the e2e spec compute codes the way a phone does). */
export function totpCode(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}

/** Six digits, spaces allowed (apps show "123 456"). */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step the code belongs to (the current one, the one before or the one after), or
 * null. A step at or before `lastUsedStep` is refused: a code seen once, e.g. over a
 * shoulder or in a phished form, cannot be played again.
 */
export function acceptedStep(
  secretBase32: string,
  code: string,
  at: Date,
  lastUsedStep: number | null,
): number | null {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const totp = totpOf(secretBase32);
  const delta = totp.validate({ token, timestamp: at.getTime(), window: 1 });
  if (delta === null) return null;
  const step = totp.counter({ timestamp: at.getTime() }) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
