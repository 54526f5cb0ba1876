import "server-only";
// Log-in throttling, kept in the database so that it holds across app instances: after
// LOGIN_MAX_FAILURES failed log-ins within 15 minutes for one account or from one address,
// further attempts are refused without checking the password (the right one included) until
// the oldest failure is 15 minutes old. The account is named by a hash of its email whether
// or not the account exists, so known and unknown emails get the same answer, and the
// password is hashed either way for the same timing.
import { normaliseEmail } from "@/lib/auth/data/users";
import { AppError } from "@/lib/errors";
import { hitRateLimit, recentFailures, recordFailure } from "@/lib/security/data/rate-limit";
import { hashToken } from "./tokens";

export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;
export const loginMaxFailures = () => Number(process.env.LOGIN_MAX_FAILURES ?? 10);
/** Sign-ups per address per hour: e2e runs raise it, since every spec signs up from 127.0.0.1. */
export const signUpsPerHour = () => Number(process.env.SIGNUPS_PER_HOUR ?? 20);

const buckets = (email: string, address: string) => [
  `login:account:${hashToken(normaliseEmail(email))}`,
  `login:address:${address}`,
];

export async function loginThrottled(email: string, address: string, now = new Date()) {
  const failures = await recentFailures(buckets(email, address), LOGIN_FAILURE_WINDOW_SECONDS, now);
  return failures >= loginMaxFailures();
}

export async function noteLoginFailure(email: string, address: string, now = new Date()) {
  await recordFailure(buckets(email, address), LOGIN_FAILURE_WINDOW_SECONDS, now);
}

/** Too many attempts: the same answer whichever email was given. */
export class TooManyAttemptsError extends AppError {
  readonly code = "rate_limited";
  readonly status = 429;
  readonly reason = { key: "tooManyAttempts" };
  constructor() {
    super("Too many attempts");
  }
}

export async function assertSignUpAllowed(address: string, now = new Date()) {
  const verdict = await hitRateLimit(`signup:address:${address}`, signUpsPerHour(), 3600, now);
  if (!verdict.allowed) throw new TooManyAttemptsError();
}
