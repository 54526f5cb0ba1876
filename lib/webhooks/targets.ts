// Where a webhook may point (the SSRF guard): only http(s), and never an address inside the
// server's own networks (loopback, private, link-local, carrier-grade NAT, unspecified,
// multicast), unless WEBHOOKS_ALLOW_PRIVATE_TARGETS=true (tests and local development send
// to 127.0.0.1). Checked when an endpoint is saved and again at every connection, through
// the socket's own DNS lookup, so a name that later resolves inside is refused too.
import dns from "node:dns";
import net from "node:net";

export function privateTargetsAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.WEBHOOKS_ALLOW_PRIVATE_TARGETS === "true";
}

const V4_BLOCKS: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];
const V6_BLOCKS: readonly (readonly [string, number])[] = [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
];

const blocked = new net.BlockList();
for (const [address, prefix] of V4_BLOCKS) blocked.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of V6_BLOCKS) blocked.addSubnet(address, prefix, "ipv6");

/** True for an address a webhook must not reach (an IPv4-mapped IPv6 address counts as IPv4). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isInternalAddress(mapped);
  const family = net.isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

export type TargetProblem = "invalidUrl" | "notHttp" | "unresolvable" | "internalAddress";

/** Why a URL cannot be a webhook's target, or null. Resolves the host name. */
export async function targetProblem(
  raw: string,
  allowPrivate = privateTargetsAllowed(),
): Promise<TargetProblem | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalidUrl";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "notHttp";
  if (url.username || url.password) return "invalidUrl";
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) return isInternalAddress(host) ? "internalAddress" : null;
  try {
    const addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
    if (addresses.length === 0) return "unresolvable";
    return addresses.some((a) => isInternalAddress(a.address)) ? "internalAddress" : null;
  } catch {
    return "unresolvable";
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A DNS lookup for the delivery's socket that refuses internal addresses: the check and the
 * connection use the same answer, so a name cannot resolve outside for the check and inside
 * for the connection.
 */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => isInternalAddress(a.address));
    if (refused || addresses.length === 0) {
      const failure: NodeJS.ErrnoException = new Error(
        `refused internal address ${refused?.address ?? hostname}`,
      );
      failure.code = "EINTERNALTARGET";
      return callback(failure, []);
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    callback(null, first!.address, first!.family);
  });
}
