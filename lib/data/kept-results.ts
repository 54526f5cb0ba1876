import "server-only";
// Results of heavy reads kept in this process under a basis that names every input's version
// (a hash the caller computes from the question and, say, each member's entries_version), so
// the same question asked again while nothing it depends on changed is answered from memory.
// A kept result can never be served for other data: any change gives another basis. Each
// instance keeps its own (nothing to invalidate across a cluster), at most MAX_KEPT, the least
// recently asked dropped first. Identical questions asked at once share one computation.
import crypto from "node:crypto";

const MAX_KEPT = 16;
const kept = new Map<string, Promise<unknown>>();

/** A stable hash of a basis's parts. */
export function basisHash(...parts: unknown[]): string {
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/**
 * The result of `compute`, or the one kept under the same organization and basis. `keepIf`
 * refuses to keep a result (too large to hold, say): it is still answered, then forgotten.
 */
export function keptResult<T>(
  orgId: string,
  basis: string,
  compute: () => Promise<T>,
  keepIf: (result: T) => boolean = () => true,
): Promise<T> {
  const key = `${orgId}|${basis}`;
  const found = kept.get(key) as Promise<T> | undefined;
  if (found) {
    // Most recently asked: to the end of the Map's order.
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const computed = compute();
  kept.set(key, computed);
  const forget = () => {
    if (kept.get(key) === computed) kept.delete(key);
  };
  // A failure is not kept: the next ask computes again.
  computed.then((result) => {
    if (!keepIf(result)) forget();
  }, forget);
  while (kept.size > MAX_KEPT) {
    const oldest = kept.keys().next().value as string;
    kept.delete(oldest);
  }
  return computed;
}

/** For tests: forget everything kept. */
export function forgetKeptResults(): void {
  kept.clear();
}
