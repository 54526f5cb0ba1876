import { hash, verify } from "@node-rs/argon2";

// argon2id at OWASP's recommended minimum (m = 19 MiB, t = 2, p = 1).
const OPTIONS = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps log-in time the same
// for known and unknown emails.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("funnelmeter-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
