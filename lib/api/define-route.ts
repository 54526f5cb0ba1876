import "server-only";
// The one builder for REST handlers, twin of the action builder: authenticate the API key
// (which resolves the organization), rate-limit per key, check the permission matrix,
// validate params/query/body with the same zod schemas that generate the OpenAPI
// document, run the handler, and map every typed error to the JSON error contract.
import { unstable_rethrow } from "next/navigation";
import { createTranslator } from "use-intl/core";
import type { z } from "zod";
import { parseInput, runToOutcome } from "@/lib/actions/outcome";
import { authenticateApiKey } from "@/lib/api/data/api-keys";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { AppError, type ErrorMessage, UnauthorizedError, ValidationError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { assertCan, type Permission } from "@/lib/permissions";
import { hitRateLimit } from "@/lib/security/data/rate-limit";

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteDefinition<
  P extends AnyObject | undefined = AnyObject | undefined,
  Q extends AnyObject | undefined = AnyObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The OpenAPI path under /api/v1, e.g. "/members/{memberId}/weeks/{isoWeek}". */
  path: string;
  summary: string;
  permission: Permission;
  params?: P;
  query?: Q;
  body?: B;
  /** Request headers the route reads (e.g. If-Match), by their canonical names. */
  headers?: AnyObject;
  response: z.ZodType;
  successStatus?: 200 | 201;
  /** A larger body cap than the default, for a route whose contract allows big batches. */
  maxBodyBytes?: number;
  /** Statuses beyond the common errors, for the OpenAPI document (e.g. 412). */
  extraResponses?: Record<string, string>;
  /** Response headers computed from the handler's answer (e.g. ETag), with their descriptions. */
  responseHeaders?: { described: Record<string, string>; from: (data: never) => Record<string, string> };
  handler: (input: {
    ctx: OrgContext;
    params: P extends AnyObject ? z.infer<P> : undefined;
    query: Q extends AnyObject ? z.infer<Q> : undefined;
    body: B extends z.ZodType ? z.infer<B> : undefined;
    headers: Record<string, string | undefined>;
  }) => Promise<unknown>;
}

/** The declared request headers, read case-insensitively, then validated by their schema. */
function readHeaders(schema: AnyObject | undefined, request: Request) {
  if (!schema) return {};
  const raw = Object.fromEntries(
    Object.keys(schema.shape).map((name) => [name, request.headers.get(name) ?? undefined]),
  );
  return parseInput(schema, raw) as Record<string, string | undefined>;
}

/** Requests per key per minute; read per request so operators (and tests) can change it. */
export const rateLimitPerMinute = () => Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 120);

class RateLimitedError extends AppError {
  readonly code = "rate_limited";
  readonly status = 429;
  constructor(readonly retryAfterSeconds: number) {
    super("Rate limited");
  }
}

/** Bodies above this are refused unread (413): the largest real body, a week, is under 2 KB. */
export const maxBodyBytes = () => Number(process.env.API_MAX_BODY_BYTES ?? 64 * 1024);
/** An error body names at most this many fields, so that a huge bad body gets a small answer. */
export const MAX_ERROR_FIELDS = 20;

class PayloadTooLargeError extends AppError {
  readonly code = "payload_too_large";
  readonly status = 413;
  readonly reason: { key: string; values: { max: number } };
  constructor(max: number) {
    super("Payload too large");
    this.reason = { key: "payloadTooLarge", values: { max } };
  }
}

class InvalidJsonError extends ValidationError {
  constructor() {
    super({ body: { key: "invalidJson" } });
  }
}

const english = () => createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "errors" });

/** An error message in English, as the API writes every message. */
export const englishMessage = (m: ErrorMessage) => english()(m.key as never, m.values as never);

export function errorResponse(
  code: string,
  status: number,
  message: ErrorMessage,
  fields?: Record<string, ErrorMessage>,
  headers?: HeadersInit,
) {
  const t = english();
  const say = (m: ErrorMessage) => t(m.key as never, m.values as never);
  return Response.json(
    {
      error: {
        code,
        message: say(message),
        ...(fields
          ? {
              fields: Object.fromEntries(
                Object.entries(fields)
                  .slice(0, MAX_ERROR_FIELDS)
                  .map(([p, m]) => [p.slice(0, 200), say(m)]),
              ),
            }
          : {}),
      },
    },
    { status, headers },
  );
}

function bearerKey(request: Request): string | null {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The body as text, refused once it passes the cap: announced or counted while streaming. */
async function readCapped(request: Request, max: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > max) throw new PayloadTooLargeError(max);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new PayloadTooLargeError(max);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function readJson(request: Request, max: number): Promise<unknown> {
  const text = await readCapped(request, max);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidJsonError();
  }
}

export function defineRoute<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(definition: RouteDefinition<P, Q, B>) {
  const handle = async (request: Request, context: { params: Promise<Record<string, string>> }) => {
    let retryAfter: number | undefined;
    const outcome = await runToOutcome(async () => {
      const key = bearerKey(request);
      const ctx = key ? await authenticateApiKey(key) : null;
      if (!ctx) throw new UnauthorizedError();
      const verdict = await hitRateLimit(`apikey:${ctx.apiKeyId}`, rateLimitPerMinute(), 60);
      if (!verdict.allowed) {
        retryAfter = verdict.retryAfterSeconds;
        throw new RateLimitedError(verdict.retryAfterSeconds);
      }
      assertCan(ctx.role, definition.permission);
      const rawParams = await context.params;
      const url = new URL(request.url);
      const params = definition.params ? parseInput(definition.params, rawParams) : undefined;
      const query = definition.query
        ? parseInput(definition.query, Object.fromEntries(url.searchParams))
        : undefined;
      const body = definition.body
        ? parseInput(definition.body, await readJson(request, definition.maxBodyBytes ?? maxBodyBytes()))
        : undefined;
      const headers = readHeaders(definition.headers, request);
      return definition.handler({ ctx, params, query, body, headers } as Parameters<
        typeof definition.handler
      >[0]);
    }, unstable_rethrow);
    if (outcome.ok) {
      return Response.json(outcome.data, {
        status: definition.successStatus ?? 200,
        headers: definition.responseHeaders?.from(outcome.data as never),
      });
    }
    if (outcome.code === "unauthorized") {
      return errorResponse("unauthorized", 401, { key: "apiKeyInvalid" }, undefined, {
        "WWW-Authenticate": 'Bearer realm="funnelmeter"',
      });
    }
    return errorResponse(
      outcome.code,
      outcome.status,
      outcome.message,
      outcome.fields,
      retryAfter ? { "Retry-After": String(retryAfter) } : undefined,
    );
  };
  return { definition: definition as unknown as RouteDefinition, handle };
}
