// Builds the OpenAPI 3.1 document from the route definitions' zod schemas: the schemas
// that validate requests are the documentation, so the two cannot drift apart.
import { z } from "zod";
import type { RouteDefinition } from "./define-route";
import { errorSchema } from "./schemas";

type JsonSchema = Record<string, unknown>;
const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parameters(object: z.ZodObject<z.ZodRawShape> | undefined, location: "path" | "query") {
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
  "429": "Rate limited; see Retry-After",
};

export function buildOpenApiDocument(routes: RouteDefinition[], serverUrl = "/api/v1") {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorRef = { $ref: "#/components/schemas/Error" };
  for (const route of routes) {
    const responses: Record<string, unknown> = {
      [String(route.successStatus ?? 200)]: {
        description: "Success",
        content: { "application/json": { schema: toSchema(route.response, "output") } },
      },
    };
    for (const [status, description] of Object.entries(ERROR_STATUSES)) {
      responses[status] = { description, content: { "application/json": { schema: errorRef } } };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      summary: route.summary,
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
      security: [{ apiKey: [] }],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
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
  paths["/health"] = {
    get: {
      summary: "Liveness and database check (no authentication)",
      operationId: "getHealth",
      security: [],
      responses: {
        "200": {
          description: "The app and its database answer",
          content: {
            "application/json": { schema: { type: "object", properties: { status: { const: "ok" } } } },
          },
        },
        "503": {
          description: "The database does not answer",
          content: {
            "application/json": { schema: { type: "object", properties: { status: { const: "degraded" } } } },
          },
        },
      },
    },
  };
  paths["/openapi.json"] = {
    get: {
      summary: "This document (no authentication)",
      operationId: "getOpenApi",
      security: [],
      responses: { "200": { description: "The OpenAPI 3.1 document", content: { "application/json": {} } } },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Funnelmeter API",
      version: "1.0.0",
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
