import "server-only";

// Both drivers report PostgreSQL's SQLSTATE in `code`; drizzle wraps it in `cause`.
function driverError(error: unknown): Record<string, unknown> | undefined {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return e as Record<string, unknown>;
  }
  return undefined;
}

const sqlState = (error: unknown) => driverError(error)?.code as string | undefined;

export const isUniqueViolation = (error: unknown) => sqlState(error) === "23505";

/** The constraint a violation names: postgres.js says constraint_name, PGlite constraint. */
export function violatedConstraint(error: unknown): string | undefined {
  const e = driverError(error);
  const name = e?.constraint_name ?? e?.constraint;
  return typeof name === "string" ? name : undefined;
}
