import "server-only";
// db.execute() answers with an array of rows on postgres.js and with { rows } on PGlite.
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
