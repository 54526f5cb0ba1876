// The shared core of the action builder and the API builder: run a piece of work and
// turn every typed error into an outcome, in one place. Unknown errors are logged and
// become "internal" with no detail, so nothing leaks and nothing turns into a raw 500.
import type { z } from "zod";
import { AppError, type ErrorMessage, ValidationError } from "@/lib/errors";

export type Outcome<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppError["code"] | "internal";
      status: number;
      message: ErrorMessage;
      fields?: Record<string, ErrorMessage>;
    };

const messageForCode: Record<string, string> = {
  not_found: "notFound",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  rate_limited: "rateLimited",
  internal: "internal",
  validation_failed: "validationFailed",
};

/** Rethrows what the framework uses for control flow (redirect(), notFound()). */
type Rethrow = (error: unknown) => void;

export async function runToOutcome<T>(work: () => Promise<T>, rethrow: Rethrow): Promise<Outcome<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    rethrow(error);
    if (error instanceof AppError) {
      const message: ErrorMessage =
        "reason" in error
          ? (error.reason as ErrorMessage)
          : { key: messageForCode[error.code] ?? "internal" };
      return {
        ok: false,
        code: error.code,
        status: error.status,
        message,
        fields: error instanceof ValidationError ? error.fields : undefined,
      };
    }
    console.error("[funnelmeter] unexpected error", error);
    return { ok: false, code: "internal", status: 500, message: { key: "internal" } };
  }
}

const MESSAGE_KEY = /^[a-z][A-Za-z]+$/;

/** A zod issue as a catalogue key: schemas name their keys (`{ error: "tooShort" }`). */
export function issueMessage(issue: z.core.$ZodIssue): ErrorMessage {
  if (MESSAGE_KEY.test(issue.message)) {
    const values: Record<string, string | number> = {};
    if ("minimum" in issue) values.min = Number(issue.minimum);
    if ("maximum" in issue) values.max = Number(issue.maximum);
    return { key: issue.message, values };
  }
  if (issue.code === "invalid_type") return { key: "required" };
  return { key: "invalid" };
}

/** Parses input with a schema; failure is a ValidationError naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, ErrorMessage> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join(".") || "_form";
    fields[path] ??= issueMessage(issue);
  }
  throw new ValidationError(fields);
}
