// `npm start`: the production server. Next.js's own `next start` exits right after its
// last request, before anything can close the database; this server owns its shutdown:
// on SIGTERM (or SIGINT) it stops accepting connections, lets the requests in flight
// finish (at most SHUTDOWN_TIMEOUT_SECONDS, default 10), then runs the shutdown hooks the
// app registered (lib/runtime/shutdown.ts: job runners first, then the database pool or
// the embedded database and its lock) and exits.
import { AsyncLocalStorage } from "node:async_hooks";
import crypto from "node:crypto";
import http from "node:http";
import v8 from "node:v8";
import { clientAddressOf, trustedProxyCount } from "../lib/security/client-address.mjs";
import { routerStateRefusal } from "../lib/security/router-state.mjs";
import { requireSupportedNode } from "./supported-node.mjs";

requireSupportedNode();
process.env.NODE_ENV ??= "production";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustedProxies = trustedProxyCount();
const drainMs = Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000;
const log = (event, fields = {}) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", event, ...fields }));

// What `next start` sets too: the origin Next.js fetches the target of a server action's
// redirect from (it streams that page into the action's answer).
process.env.__NEXT_PRIVATE_ORIGIN ??= `http://${hostname === "0.0.0.0" ? "127.0.0.1" : hostname}:${port}`;
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Read by lib/runtime/log.ts: every log line written while serving a request carries its id.
const requestContext = new AsyncLocalStorage();
globalThis[Symbol.for("funnelmeter.requestContext")] = requestContext;
// A page whose reader has gone stops at its next database transaction, and Next.js then
// reports the render it stopped as failed. For such a request that report is one info line
// naming what stopped, not an error: nobody was waiting, and the request is logged as abandoned.
const reportError = console.error.bind(console);
console.error = (...args) => {
  const store = requestContext.getStore();
  if (!store?.abandoned?.aborted) return reportError(...args);
  const error = args.find((arg) => arg instanceof Error);
  log("request.render_stopped", {
    requestId: store.requestId,
    message: (error ? error.message : args.map(String).join(" ")).slice(0, 200),
  });
};
// Installed by instrumentation.ts (lib/runtime/metrics.ts).
const metrics = () => globalThis[Symbol.for("funnelmeter.metrics")];
const saneRequestId = /^[A-Za-z0-9._-]{8,100}$/;

/** A coarse, low-cardinality name for a request (URLs carry organization slugs and ids). */
function kindOf(req) {
  const url = req.url ?? "/";
  if (url.startsWith("/_next/")) return "asset";
  if (url.startsWith("/api/")) return "api";
  if (req.headers["next-action"]) return "action";
  return "page";
}

let inFlight = 0;
let draining = false;
let drained = () => {};
const server = http.createServer((req, res) => {
  inFlight++;
  const started = process.hrtime.bigint();
  const incoming = req.headers["x-request-id"];
  const requestId =
    typeof incoming === "string" && saneRequestId.test(incoming) ? incoming : crypto.randomUUID();
  res.setHeader("x-request-id", requestId);
  // A read whose client goes before its answer is complete is abandoned: the data layer starts
  // no more transactions for it (lib/runtime/request-context.ts). A write always completes.
  const abandon = req.method === "GET" || req.method === "HEAD" ? new AbortController() : null;
  res.on("close", () => {
    if (abandon && !res.writableFinished) {
      abandon.abort();
      log("request.abandoned", { requestId, path: (req.url ?? "/").split("?")[0] });
    }
    inFlight--;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const kind = kindOf(req);
    metrics()?.observeRequest(kind, req.method ?? "GET", res.statusCode, seconds);
    if (kind !== "asset") {
      log("request", {
        requestId,
        method: req.method,
        path: (req.url ?? "/").split("?")[0],
        status: res.statusCode,
        ms: Math.round(seconds * 1000),
      });
    }
    if (draining && inFlight === 0) drained();
  });
  // A keep-alive client learns to reconnect (to another instance) instead of reusing this one.
  if (draining) res.setHeader("connection", "close");
  const refusal = routerStateRefusal(req.headers);
  if (refusal) {
    res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8" });
    res.end(refusal.body);
    return;
  }
  // The one address the per-address limits count, never one the client chose.
  req.headers["x-forwarded-for"] = clientAddressOf(
    req.headers["x-forwarded-for"],
    req.socket.remoteAddress,
    trustedProxies,
  );
  requestContext.run({ requestId, abandoned: abandon?.signal }, () => handle(req, res));
});
server.listen(port, hostname, () =>
  log("server.ready", {
    url: `http://${hostname}:${port}`,
    // The old space's limit (scripts/heap-limits.mjs), so a missing flag shows in the log.
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024),
  }),
);

// Set by lib/runtime/shutdown.ts as soon as the app registers its first hook.
const shutdownRegistry = () => globalThis[Symbol.for("funnelmeter.shutdown")];

async function shutdown(signal) {
  if (draining) return;
  draining = true;
  log("shutdown.start", { signal, inFlight });
  server.close();
  server.closeIdleConnections();
  const finished = await new Promise((resolve) => {
    if (inFlight === 0) return resolve(true);
    drained = () => resolve(true);
    setTimeout(() => resolve(false), drainMs).unref();
  });
  if (!finished) log("shutdown.drain_timeout", { unfinished: inFlight });
  server.closeAllConnections();
  await shutdownRegistry()?.runAll((line) => log("shutdown.hook", { result: line }));
  await app.close?.().catch(() => {});
  log("shutdown.done");
  process.exit(0);
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
