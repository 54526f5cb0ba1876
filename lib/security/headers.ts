// The security headers of every response. Scripts run only with this request's nonce (and
// what those scripts load: 'strict-dynamic'); styles may be inline because React and the
// charts set style attributes, which carry no script. No page may be framed.

/** The Content-Security-Policy for one response. Development needs eval for React's tooling. */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The other headers. HSTS only in production over HTTPS-terminated deployments: sent from a
 * developer's http://localhost it would pin that host to HTTPS for a year.
 */
export function securityHeaders(env: { production: boolean } | null = null): Record<string, string> {
  const production = env?.production ?? process.env.NODE_ENV === "production";
  return {
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    ...(production ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
