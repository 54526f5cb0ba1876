// A malformed Next-Router-State-Tree header makes Next.js answer a page request with a 500
// ("The router state header was sent but could not be parsed"), and it removes the header
// before the proxy (proxy.ts) could see it. The production server (scripts/start.mjs)
// checks it first, with Next's own parser, and answers 400: the client is at fault.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const {
  parseAndValidateFlightRouterState,
} = require("next/dist/server/app-render/parse-and-validate-flight-router-state.js");

/**
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {{ status: 400, body: string } | null}
 */
export function routerStateRefusal(headers) {
  const value = headers["next-router-state-tree"];
  if (value === undefined) return null;
  try {
    parseAndValidateFlightRouterState(value);
    return null;
  } catch {
    return { status: 400, body: "Malformed router state header" };
  }
}
