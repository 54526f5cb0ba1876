// Prometheus metrics (prom-client), served by GET /api/v1/metrics behind METRICS_TOKEN.
// One registry per process on globalThis: scripts/start.mjs (plain JavaScript, outside the
// bundle) observes every request through it, and Next.js's several module graphs share it.
import { Counter, Gauge, Histogram, Registry } from "prom-client";

interface Metrics {
  registry: Registry;
  observeRequest(kind: string, method: string, status: number, seconds: number): void;
  /** Database transactions holding a pooled connection right now (inOrg and friends). */
  dbInUse: Gauge;
  dbPoolSize: Gauge;
  dbErrors: Counter;
}

const key = Symbol.for("funnelmeter.metrics");
type GlobalWithMetrics = typeof globalThis & { [key]?: Metrics };

function create(): Metrics {
  const registry = new Registry();
  const durations = new Histogram({
    name: "funnelmeter_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by kind (page, api, action, asset), method and status class",
    labelNames: ["kind", "method", "status"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    observeRequest(kind, method, status, seconds) {
      durations.observe({ kind, method, status: `${Math.floor(status / 100)}xx` }, seconds);
    },
    dbInUse: new Gauge({
      name: "funnelmeter_db_connections_in_use",
      help: "Pooled database connections held by a query or transaction of this process",
      registers: [registry],
    }),
    dbPoolSize: new Gauge({
      name: "funnelmeter_db_pool_size",
      help: "Largest number of database connections this process opens (DATABASE_POOL_SIZE)",
      registers: [registry],
    }),
    dbErrors: new Counter({
      name: "funnelmeter_db_errors_total",
      help: "Database transactions that failed because the database could not be reached",
      registers: [registry],
    }),
  };
}

export function metrics(): Metrics {
  const g = globalThis as GlobalWithMetrics;
  g[key] ??= create();
  return g[key];
}
