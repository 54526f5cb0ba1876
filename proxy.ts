// Runs before every page, action and route (Next 16's proxy, formerly middleware): the
// security headers with a fresh script nonce per request, and the refusals that Next would
// otherwise answer with a 500 (a server action from another origin, one too large).
import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { requestRefusal } from "@/lib/security/request-guard";

export function proxy(request: NextRequest) {
  const refusal = requestRefusal(request.method, request.headers);
  if (refusal) {
    return new NextResponse(refusal.body, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", ...securityHeaders(null) },
    });
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  // Next reads the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  for (const [name, value] of Object.entries(securityHeaders(null))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not the static files: they carry no scripts to protect and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
