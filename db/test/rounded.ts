/**
 * Every number of a value to 12 significant digits: decimals summed in another order (by the
 * database, by the engine) may differ in the last bits; counts never do.
 */
export function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "number" ? Number(v.toPrecision(12)) : v)),
  ) as T;
}
