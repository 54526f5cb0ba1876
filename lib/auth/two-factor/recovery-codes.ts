import crypto from "node:crypto";

// Recovery codes: for the day the phone is lost. Ten at a time, each 10 characters of an
// alphabet without look-alikes (50 random bits), shown once as xxxxx-xxxxx. Only a SHA-256 of
// the normalised code is stored: the codes are random, so a fast hash is enough.
export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
const LENGTH = 10;

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    let code = "";
    for (let i = 0; i < LENGTH; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
    return `${code.slice(0, 5)}-${code.slice(5)}`;
  });
}

/** As typed: any case, with or without the dash or spaces. null when it cannot be a code. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]+/g, "");
  if (code.length !== LENGTH) return null;
  for (const ch of code) if (!ALPHABET.includes(ch)) return null;
  return code;
}

export function hashRecoveryCode(input: string): string | null {
  const code = normaliseRecoveryCode(input);
  return code ? crypto.createHash("sha256").update(`recovery:${code}`).digest("hex") : null;
}
