// Test support for the fuzz tests of the forms (lib/actions/fuzz.int.test.ts) and the API
// (lib/api/fuzz.int.test.ts): generators of hostile input, and a checksum of everything an
// organization has stored, so a refused input can be shown to have written nothing.
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { testDb } from "@/db/test/harness";
import { rowsOf } from "@/lib/data/sql-rows";

/** Keys that read inherited properties where an object is indexed by user input. */
export const PROTOTYPE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
];

/** Texts that are well-formed as text and wrong as everything else. */
const NASTY_TEXTS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uFEFF",
  "\u202Eevil",
  "😀👍🏽",
  "Ωμέγα ﷽ 中文",
  "\r\n",
  "\t=1+1",
  '=HYPERLINK("http://x")',
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "%00",
  "../../etc/passwd",
  "0000-01-01",
  "9999-99-99",
  "9999-12-31",
  "2026-02-30",
  "1970-01-01",
  "2026-W00",
  "2026-W99",
  "1999-W52",
  "0-W1",
  "-1",
  "0",
  "-0",
  "1e-7",
  "0.001",
  "12.345",
  "1e308",
  "-1e308",
  "9007199254740993",
  "2147483648",
  "NaN",
  "Infinity",
  "0x1F",
  "1,5",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "[object Object]",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "x".repeat(5_000),
  "9".repeat(400),
  ...PROTOTYPE_KEYS,
];

const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1e-7,
  0.1,
  1.005,
  12.345,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => `${s}\u0000`) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
);

/** Any JSON value of a wrong type: numbers, booleans, null, arrays, objects. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyText, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom("a", ...PROTOTYPE_KEYS), nastyText, { maxKeys: 3 }),
);

/** A key to add or overwrite: a known field, a prototype key or something unheard of. */
export const fieldKey = (known: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(known.length > 0 ? known : ["x"])) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );

/** Sets a key as an own property, as JSON.parse does (an assignment to __proto__ would not). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A valid base with some fields overwritten, some added, some dropped. */
export function mutatedRecord(
  base: Record<string, unknown>,
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  return fc
    .record({
      edits: fc.array(fc.tuple(fieldKey(keys), value), { minLength: 1, maxLength: 4 }),
      dropped: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }),
    })
    .map(({ edits, dropped }) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(base)) if (!dropped.includes(k)) setOwn(out, k, v);
      for (const [k, v] of edits) setOwn(out, k, v);
      return out;
    });
}

let tenantTables: string[] | undefined;

/** A checksum of every row the organizations have (their own rows and every table with org_id). */
export async function orgChecksum(...orgIds: string[]): Promise<string> {
  const db = await testDb();
  tenantTables ??= rowsOf<{ table_name: string }>(
    await db.execute(sql`
      select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'org_id' order by table_name`),
  ).map((r) => r.table_name);
  const ids = sql`(${sql.join(
    orgIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
  // An API key's "last used" moves with every authenticated request: not something stored
  // by the input.
  const parts = [
    sql`select md5(to_jsonb(o)::text) as h from organizations o where id in ${ids}`,
    ...tenantTables.map(
      (table) =>
        sql`select md5((to_jsonb(t) - 'last_used_at')::text) from ${sql.identifier(table)} t where org_id in ${ids}`,
    ),
  ];
  const result = await db.execute(
    sql`select count(*)::int as n, md5(coalesce(string_agg(h, ',' order by h), '')) as sum from (${sql.join(
      parts,
      sql` union all `,
    )}) rows`,
  );
  const [row] = rowsOf<{ n: number; sum: string }>(result);
  return `${row?.n}:${row?.sum}`;
}
