// Whether an error means "the database is not there right now" (down, restarting,
// unreachable), as opposed to a bug or bad input. Such a request fails fast with 503 and
// a clear message ("try again in a moment") instead of a generic 500. drizzle wraps the
// driver's error, so the chain of causes is searched.
const OUTAGE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "DATABASE_UNAVAILABLE", // lib/data/outage-gate.ts: known down, failing fast
  "57P01", // admin_shutdown: the server is shutting down
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
]);

export function isDatabaseOutage(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && OUTAGE_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
