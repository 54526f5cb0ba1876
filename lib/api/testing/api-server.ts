// Test support: the REST handlers behind a real HTTP server on a free port, routed by the
// same path templates the OpenAPI document lists, so HTTP tools (Prism's proxy, the
// generated client) talk to exactly what Next serves, on either database driver.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildOpenApiDocument } from "../openapi";
import { API_ROUTES } from "../registry";

const templateToPattern = (template: string) =>
  new RegExp(`^/api/v1${template.replace(/\{(\w+)\}/g, "(?<$1>[^/]+)")}$`);

const routes = API_ROUTES.map((route) => ({
  method: route.definition.method,
  pattern: templateToPattern(route.definition.path),
  handle: route.handle,
}));

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const hasBody = message.method !== "GET" && message.method !== "HEAD" && chunks.length > 0;
  return new Request(new URL(message.url ?? "/", origin), {
    method: message.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function answer(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/api/v1/openapi.json")
    return Response.json(buildOpenApiDocument(API_ROUTES.map((r) => r.definition)));
  if (pathname === "/api/v1/health") return Response.json({ status: "ok" });
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match && route.method === request.method) {
      // Next hands route handlers their path parameters decoded.
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(
          Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
        );
      } catch {
        return new Response(null, { status: 400 });
      }
      return route.handle(request, { params: Promise.resolve(params) });
    }
  }
  return new Response(null, { status: 404 });
}

export interface ApiServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startApiServer(): Promise<ApiServer> {
  let origin = "";
  const server: Server = createServer((message, reply) => {
    toRequest(message, origin)
      .then(answer)
      .then(async (response) => {
        reply.writeHead(response.status, Object.fromEntries(response.headers));
        reply.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        reply.writeHead(500);
        reply.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
