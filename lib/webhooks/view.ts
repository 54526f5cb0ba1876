// What the webhooks page shows of a delivery's attempts, pure: the message key and values
// for each attempt, and which deliveries an owner may send again.
import type { WebhookEventType } from "@/lib/domain";

export interface AttemptLine {
  key: "attempt" | "attemptError";
  values: { status: string; ms: number; error: string };
}

export function attemptLine(a: {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}): AttemptLine {
  if (a.error === null)
    return { key: "attempt", values: { status: String(a.statusCode), ms: a.durationMs, error: "" } };
  return {
    key: "attemptError",
    values: { status: String(a.statusCode ?? ""), ms: a.durationMs, error: a.error },
  };
}

/** The message key of an event type: "week.saved" → "weekSaved" (next-intl keys cannot hold dots). */
export function eventTypeKey(type: WebhookEventType | string): string {
  return type.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
}
