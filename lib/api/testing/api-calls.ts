// Test support: REST handlers called as Next calls them (a Request in, a Response out), and
// a fresh organization with an API key.
import { newOrg } from "@/db/test/orgs";
import { createApiKey } from "@/lib/api/data/api-keys";

type Handler = { handle: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> };

export async function call(
  route: Handler,
  url: string,
  key?: string,
  options: {
    method?: string;
    body?: unknown;
    params?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
) {
  const request = new Request(`http://localhost/api/v1${url}`, {
    method: options.method ?? "GET",
    headers: {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      "Content-Type": "application/json",
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const response = await route.handle(request, { params: Promise.resolve(options.params ?? {}) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A new organization (its owner started on 2026-11-23) and a manager key for it. */
export async function newOrgWithKey() {
  const { ctx } = await newOrg({ today: "2026-11-23" });
  return { ctx, key: (await createApiKey(ctx, { name: "test" })).key };
}
