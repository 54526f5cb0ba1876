// Keys that users choose (metric keys, CSV columns, API body keys) index data. On a plain
// object `values["constructor"]` reads Object's constructor when the key was never set, and
// assigning `values["__proto__"]` changes the object's prototype instead of storing a value.
// So such keys are refused where they are chosen, and user-keyed data lives in objects without
// a prototype, where a missing key reads undefined whatever its name.

/** Every name a plain object inherits, plus __proto__ itself. */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"]);

/** A key that a plain object would answer for without it being set. */
export function isReservedKey(key: string): boolean {
  return INHERITED.has(key);
}

/** An empty prototype-free map with object syntax (JSON.stringify and Object.entries work as usual). */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of `source`'s own enumerable entries. */
export function toDict<T>(source: Readonly<Record<string, T>> | null | undefined): Record<string, T> {
  const copy = dict<T>();
  if (source) for (const [key, value] of Object.entries(source)) copy[key] = value;
  return copy;
}

/**
 * `record[key]` if the record itself holds it, else undefined. For user-keyed objects that
 * must stay plain (React passes no prototype-free object to a client component).
 */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
