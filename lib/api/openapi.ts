// Builds the OpenAPI 3.1 document from the route definitions' zod schemas: the schemas
// that validate requests are the documentation, so the two cannot drift apart.
import { z } from "zod";
import type { RouteDefinition } from "./define-route";
import { errorSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;
const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return withoutPrefixItems(rest) as JsonSchema;
};

/**
 * zod writes a tuple as draft 2020-12 `prefixItems` with `items: false`; draft-7 readers
 * (Prism's validation proxy, many generators) ignore `prefixItems` and read `items: false`
 * as "no items at all", so every ci95 pair failed there. A tuple of one item type becomes
 * `items: <type>` with `minItems`/`maxItems` equal to its length, which every dialect reads alike.
 */
function withoutPrefixItems(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPrefixItems);
  if (!node || typeof node !== "object") return node;
  const { prefixItems, ...rest } = node as JsonSchema;
  const walked = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, withoutPrefixItems(v)]));
  if (!Array.isArray(prefixItems)) return walked;
  const items = prefixItems.map(withoutPrefixItems);
  const distinct = [...new Set(items.map((item) => JSON.stringify(item)))].map(
    (i) => JSON.parse(i) as unknown,
  );
  return {
    ...walked,
    items: distinct.length === 1 ? distinct[0] : { anyOf: distinct },
    minItems: items.length,
    maxItems: items.length,
  };
}

function parameters(object: z.ZodObject<z.ZodRawShape> | undefined, location: "path" | "query" | "header") {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, schema]) => {
    const field = schema as z.ZodType;
    return {
      name,
      in: location,
      required: location === "path" || !field.safeParse(undefined).success,
      schema: toSchema(field, "input"),
    };
  });
}

const ERROR_STATUSES: Record<string, string> = {
  "401": "Missing or invalid API key",
  "403": "Not allowed for the key's role",
  "404": "Not found (or belongs to another organization)",
  "422": "Validation failed; nothing was stored",
  "413": "Request body too large; nothing was read or stored",
  "429": "Rate limited; see Retry-After",
  "503": "The database cannot be reached right now; retry (PUTs are idempotent)",
};

/** The unauthenticated paths answer only GET; Next answers other methods with 405. */
const METHOD_NOT_ALLOWED = { "405": { description: "Only GET is allowed here" } };

export function buildOpenApiDocument(routes: RouteDefinition[], serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const route of routes) {
    const responses: Record<string, unknown> = {
      [String(route.successStatus ?? 200)]: {
        description: "Success",
        ...(route.responseHeaders
          ? {
              headers: Object.fromEntries(
                Object.entries(route.responseHeaders.described).map(([name, description]) => [
                  name,
                  { description, schema: { type: "string" } },
                ]),
              ),
            }
          : {}),
        content: { "application/json": { schema: toSchema(route.response, "output") } },
      },
    };
    for (const [status, description] of Object.entries({ ...ERROR_STATUSES, ...route.extraResponses })) {
      responses[status] = { description, content: { "application/json": { schema: errorRef } } };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      summary: route.summary,
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
      security: [{ apiKey: [] }],
      parameters: [
        ...parameters(route.params, "path"),
        ...parameters(route.query, "query"),
        ...parameters(route.headers, "header"),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: toSchema(route.body, "input") } },
            },
          }
        : {}),
      responses,
    };
  }
  const health = (status: "ok" | "degraded") => ({
    "application/json": {
      schema: {
        type: "object",
        properties: {
          status: { const: status },
          database: { enum: ["up", "down"] },
          schema: {
            description: "Applied and latest committed migration; null while the database is down",
            type: ["object", "null"],
            properties: {
              current: { type: ["string", "null"] },
              latest: { type: ["string", "null"] },
              pending: { type: "integer" },
            },
          },
          checks: {
            description: "Further probes (e.g. the job queue's lag), each with ok",
            type: "object",
            additionalProperties: { type: "object", properties: { ok: { type: "boolean" } } },
          },
        },
      },
    },
  });
  paths["/health"] = {
    get: {
      summary: "Liveness, database, schema version and job checks (no authentication)",
      operationId: "getHealth",
      security: [],
      responses: {
        "200": { description: "The app, its database and its schema are fine", content: health("ok") },
        "503": {
          description: "The database does not answer, a migration is pending, or a probe fails",
          content: health("degraded"),
        },
        ...METHOD_NOT_ALLOWED,
      },
    },
  };
  paths["/openapi.json"] = {
    get: {
      summary: "This document (no authentication)",
      operationId: "getOpenApi",
      security: [],
      responses: {
        "200": { description: "The OpenAPI 3.1 document", content: { "application/json": {} } },
        ...METHOD_NOT_ALLOWED,
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Funnelmeter API",
      version: "1.0.0",
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
      description:
        "Weekly effort-results data and KPIs of one organization. Authenticate with `Authorization: Bearer <api key>`; a key acts as a manager of its organization.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      schemas: { Error: toSchema(errorSchema, "output") },
    },
    paths,
  };
}
