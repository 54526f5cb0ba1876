// The address a request came from, for the per-address limits (log-in, sign-up). The app
// cannot see the socket, and a client can send any X-Forwarded-For it likes; so the
// production server (scripts/start.mjs) works the address out once and hands the app that
// one address as X-Forwarded-For (lib/auth/client-address.ts reads it).
//
// TRUSTED_PROXIES says how many reverse proxies stand in front of the app, each appending
// the address it saw. With 0 (the default) the socket's address is the client's and any
// X-Forwarded-For is ignored; with n, the client is the entry n places from the right of
// [...X-Forwarded-For, socket], which no client can choose. Entries a client put further
// left are never read.

/** TRUSTED_PROXIES as a count: a whole number from 0, else the process refuses to start. */
export function trustedProxyCount(value = process.env.TRUSTED_PROXIES) {
  if (value === undefined || value === "") return 0;
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error(`TRUSTED_PROXIES must be a whole number of proxies (0 without one), not "${value}"`);
  }
  return Number(value);
}

/**
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) as received
 * @param {string | undefined} socketAddress the address of the connection
 * @param {number} trusted how many proxies in front append to X-Forwarded-For
 */
export function clientAddressOf(forwardedFor, socketAddress, trusted) {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    socketAddress || "unknown",
  ];
  // Fewer entries than proxies: the farthest one we have (a proxy that appended nothing).
  const address = hops[Math.max(0, hops.length - 1 - trusted)] ?? "unknown";
  return address.slice(0, 64);
}
