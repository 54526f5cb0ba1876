// drizzle asks postgres.js for an unnamed statement unless a query is given a name, and
// postgres.js describes an unnamed statement with parameters before it binds it: two round
// trips for every query, and the server parses and analyzes the text every time. The handle
// wrapped here asks postgres.js to prepare every statement, unless the connection's own
// `prepare` option is off (behind PgBouncer in transaction pooling mode): a query text seen
// before on that connection is then bound and executed in one round trip.
//
// Prepared statements come with one risk for a multi-tenant app: after five executions
// PostgreSQL may settle on a generic plan, one plan for every org_id, chosen without knowing
// whether the tenant has 20 weeks or 78,000. The connections therefore start with
// plan_cache_mode=force_custom_plan (planParameters): every execution is planned for its own
// values, as an unnamed statement is; only the parse and the extra round trip are saved.
// postgres.js forgets a connection's statements when it reconnects, and ends each connection
// within an hour (max_lifetime), which bounds the statements a server backend keeps.
import type { Sql } from "postgres";

/** Startup parameters for connections that prepare statements (see above). */
export const planParameters = { plan_cache_mode: "force_custom_plan" } as const;

type Callback = (sql: Sql) => unknown;

/** The same callback, given a wrapped handle (begin and savepoint pass it the transaction's). */
const withWrappedHandle = (args: unknown[]) =>
  args.map((arg) =>
    typeof arg === "function" ? (sql: Sql) => (arg as Callback)(preparedByDefault(sql)) : arg,
  );

/**
 * The postgres.js handle drizzle is given: `unsafe` asks to prepare, whatever drizzle says,
 * and transactions and savepoints hand their callbacks a handle wrapped the same way.
 */
export function preparedByDefault(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === "unsafe") {
        // postgres.js's unsafe() does not prepare unless asked; the connection's `prepare`
        // option still has the last word (off behind PgBouncer).
        return (query: string, params?: unknown[], options: object = {}) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (key === "begin" || key === "savepoint") {
        const method = Reflect.get(target, key, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => method(...withWrappedHandle(args));
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
