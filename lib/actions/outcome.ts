// The shared core of the action builder and the API builder: run a piece of work and
// turn every typed error into an outcome, in one place. Unknown errors are logged and
// become "internal" with no detail, so nothing leaks and nothing turns into a raw 500.
import type { z } from "zod";
import { AppError, type ErrorMessage, ValidationError } from "@/lib/errors";
import { log } from "@/lib/runtime/log";
import { isDatabaseOutage } from "@/lib/runtime/outage";
import { RequestAbandoned } from "@/lib/runtime/request-context";

export type Outcome<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: AppError["code"] | "internal" | "unavailable";
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
    if (isDatabaseOutage(error)) {
      log.warn("database.unavailable", { error });
      return { ok: false, code: "unavailable", status: 503, message: { key: "databaseUnavailable" } };
    }
    // Nobody is there to answer (the server logged request.abandoned): not a failure.
    if (error instanceof RequestAbandoned) {
      return { ok: false, code: "internal", status: 499, message: { key: "internal" } };
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
    // A refinement names its bounds in params, e.g. { error: "wholeBetween", params: { max: 13 } }.
    if (issue.code === "custom" && issue.params) Object.assign(values, issue.params);
    return { key: issue.message, values };
  }
  if (issue.code === "invalid_type") return { key: "required" };
  return { key: "invalid" };
}

/**
 * Where a text holds a NUL character or half of a surrogate pair: PostgreSQL stores neither
 * (a lone surrogate breaks the JSON of the audit event: found by fuzzing), no field needs them.
 */
const unstorable = (text: string) => text.includes("\u0000") || !text.isWellFormed();

function nulPaths(value: unknown, path: string[] = [], found: string[] = [], depth = 0): string[] {
  if (found.length >= 20 || depth > 20) return found;
  if (typeof value === "string") {
    if (unstorable(value)) found.push(path.join(".") || "_form");
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nulPaths(item, [...path, String(i)], found, depth + 1);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (unstorable(key)) found.push([...path, key.replaceAll("\u0000", "").toWellFormed()].join("."));
      else nulPaths(item, [...path, key], found, depth + 1);
    }
  }
  return found;
}

/** Parses input with a schema; failure is a ValidationError naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const nul = nulPaths(input);
  if (nul.length > 0) {
    throw new ValidationError(Object.fromEntries(nul.map((path) => [path, { key: "invalidCharacters" }])));
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // Own keys only: a field named toString or __proto__ must not find the inherited property
  // and be left out (the form would be refused without saying which field was wrong).
  const fields: Record<string, ErrorMessage> = Object.create(null);
  for (const issue of result.error.issues) {
    const path = issue.path.join(".") || "_form";
    if (!Object.hasOwn(fields, path)) fields[path] = issueMessage(issue);
  }
  throw new ValidationError({ ...fields });
}
