// Requests that Next.js would answer with a 500 (an unexpected error) although the client
// is at fault: a server action posted from another origin (403), one larger than the action
// body limit (413). Refused here, before any rendering, with the right status. (A malformed
// router-state header cannot be caught here: Next removes that header before the proxy;
// scripts/start.mjs refuses it with lib/security/router-state.mjs.)

/** Keep in step with experimental.serverActions.bodySizeLimit in next.config.js. */
export const ACTION_BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export interface Refusal {
  status: 403 | 413;
  body: string;
}

function sameOrigin(origin: string, host: string | null): boolean {
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function requestRefusal(method: string, headers: Headers): Refusal | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const origin = headers.get("origin");
  // Browsers send Origin with every POST; a missing one is not a browser's action call.
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !sameOrigin(origin, host)) return { status: 403, body: "Cross-origin action refused" };
  const length = Number(headers.get("content-length") ?? 0);
  if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, body: "Request too large" };
  return null;
}
