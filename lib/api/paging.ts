// Cursor paging for every list endpoint. The cursor is opaque to clients (base64url of the
// last item's sort key): keyset paging, so an item added or removed between two requests
// neither repeats nor skips the others. Without `limit` and `cursor` a list answers whole,
// as it did before paging existed.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";

export const MAX_PAGE_SIZE = 1000;

export const pageQuery = {
  limit: z.coerce
    .number({ error: "pageLimit" })
    .int({ error: "pageLimit" })
    .min(1, { error: "pageLimit" })
    .max(MAX_PAGE_SIZE, { error: "pageLimit" })
    .optional()
    .meta({
      description: `Page size, 1 to ${MAX_PAGE_SIZE}. Without limit and cursor the whole list is answered.`,
    }),
  cursor: z.string().optional().meta({ description: "The nextCursor of the previous page (opaque)." }),
};

export const nextCursorSchema = z
  .string()
  .nullable()
  .meta({ description: "Pass as cursor for the next page; null on the last page." });

type SortKey = readonly (string | number)[];

/** Code-unit order, the same on every machine and database collation. */
function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

const encodeCursor = (key: SortKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(key) && key.every((part) => typeof part === "string" || typeof part === "number")) {
      return key;
    }
  } catch {
    // falls through to the field error
  }
  throw new ValidationError({ cursor: { key: "pageCursor" } });
}

/**
 * One page of `items` in the order of `sortKey` (which must be unique per item): the items
 * after the cursor's key, at most `limit` of them, and the cursor of the page after.
 */
export function page<T>(
  items: readonly T[],
  sortKey: (item: T) => SortKey,
  query: { limit?: number; cursor?: string },
): { items: T[]; nextCursor: string | null } {
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const ordered = items
    .map((item) => ({ item, key: sortKey(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .filter((entry) => after === null || compareKeys(entry.key, after) > 0);
  const limit = query.limit ?? ordered.length;
  const taken = ordered.slice(0, limit);
  const last = taken.at(-1);
  return {
    items: taken.map((entry) => entry.item),
    nextCursor: ordered.length > limit && last ? encodeCursor(last.key) : null,
  };
}
