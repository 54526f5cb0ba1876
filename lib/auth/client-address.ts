// The address a request came from, for per-address limits. The production server
// (scripts/start.mjs, lib/security/client-address.mjs) replaces X-Forwarded-For with the
// one address it worked out from the socket and the configured trusted proxies, so what a
// client sends itself is never read here. (Under `next dev`, Next.js sets the header to the
// socket's address when a request has none.)
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return (last || headers.get("x-real-ip")?.trim() || "unknown").slice(0, 64);
}
