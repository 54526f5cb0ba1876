import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";
import { ACTION_BODY_LIMIT_BYTES, requestRefusal } from "./request-guard";

const headers = (entries: Record<string, string>) => new Headers(entries);
const action = { "next-action": "abc123", host: "app.example", origin: "https://app.example" };

describe("requests refused before Next renders", () => {
  it.each([
    ["a same-origin action", "POST", action, null],
    ["an action from another origin", "POST", { ...action, origin: "https://evil.example" }, 403],
    ["an action without an Origin", "POST", { "next-action": "abc", host: "app.example" }, 403],
    ["an action with a bad Origin", "POST", { ...action, origin: "not a url" }, 403],
    [
      "an action above the body limit",
      "POST",
      { ...action, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) },
      413,
    ],
    ["a 64 MB action", "POST", { ...action, "content-length": String(64 * 1024 * 1024) }, 413],
    ["a plain POST (no action)", "POST", { host: "app.example", origin: "https://evil.example" }, null],
  ])("%s", (_, method, entries, status) => {
    expect(requestRefusal(method as string, headers(entries as Record<string, string>))?.status ?? null).toBe(
      status,
    );
  });
});

describe("security headers", () => {
  it("scripts only with the nonce, no framing, and HSTS in production only", () => {
    const policy = contentSecurityPolicy("bm9uY2U=");
    expect(policy).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(securityHeaders({ production: true })).toMatchObject({
      "referrer-policy": "strict-origin-when-cross-origin",
      "strict-transport-security": "max-age=31536000; includeSubDomains",
    });
    expect(securityHeaders({ production: true })["permissions-policy"]).toContain("camera=()");
    expect(securityHeaders({ production: false })["strict-transport-security"]).toBeUndefined();
  });
});
