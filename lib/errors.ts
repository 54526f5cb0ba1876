// Typed errors. The action and API builders map these to form state or HTTP status in
// one place (lib/actions/define-action.ts, lib/api/define-route.ts); anything else is an
// unexpected error: logged, and answered with a generic message.

/** A message key in the "errors" namespace of the catalogues, plus ICU values. */
export interface ErrorMessage {
  key: string;
  values?: Record<string, string | number>;
}

export abstract class AppError extends Error {
  abstract readonly code:
    | "validation_failed"
    | "not_found"
    | "unauthorized"
    | "forbidden"
    | "conflict"
    | "rate_limited"
    | "payload_too_large";
  abstract readonly status: number;
}

/** Field errors use message keys so they can be shown in the user's language. */
export class ValidationError extends AppError {
  readonly code = "validation_failed";
  readonly status = 422;
  constructor(readonly fields: Record<string, ErrorMessage>) {
    super(`Invalid fields: ${Object.keys(fields).join(", ")}`);
  }
}

/** Missing and foreign are indistinguishable on purpose: existence must not leak. */
export class NotFoundError extends AppError {
  readonly code = "not_found";
  readonly status = 404;
  constructor(what = "resource") {
    super(`Not found: ${what}`);
  }
}

export class UnauthorizedError extends AppError {
  readonly code = "unauthorized";
  readonly status = 401;
  constructor() {
    super("Not signed in");
  }
}

export class ForbiddenError extends AppError {
  readonly code = "forbidden";
  readonly status = 403;
  constructor(readonly permission: string) {
    super(`Not allowed: ${permission}`);
  }
}

export class ConflictError extends AppError {
  readonly code = "conflict";
  readonly status = 409;
  constructor(readonly reason: ErrorMessage) {
    super(`Conflict: ${reason.key}`);
  }
}

/** Log-in failed: one message for unknown email and wrong password alike. */
export class InvalidCredentialsError extends AppError {
  readonly code = "unauthorized";
  readonly status = 401;
  readonly reason: ErrorMessage = { key: "invalidCredentials" };
  constructor() {
    super("Invalid credentials");
  }
}
