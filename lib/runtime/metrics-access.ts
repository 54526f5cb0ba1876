// Who may read the Prometheus metrics: whoever presents METRICS_TOKEN as a bearer token.
// Without METRICS_TOKEN the endpoint does not exist (404), so nothing leaks by default.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = "allowed" | "unconfigured" | "denied";

const digest = (value: string) => createHash("sha256").update(value).digest();

export function metricsAccess(
  authorization: string | null,
  token = process.env.METRICS_TOKEN,
): MetricsAccess {
  if (!token) return "unconfigured";
  const presented = authorization?.match(/^Bearer (.+)$/)?.[1] ?? "";
  // Compared as digests: equal lengths, constant time.
  return timingSafeEqual(digest(presented), digest(token)) ? "allowed" : "denied";
}
