import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { apiRouteDefinitions } from "./registry";

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument(apiRouteDefinitions());

  it("is a valid OpenAPI 3.1 document", async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe("3.1.0");
  });

  it("documents every route with its errors, and the key as bearer auth", () => {
    for (const route of apiRouteDefinitions()) {
      const operation = (document.paths[route.path] as Record<string, { responses: object }>)[
        route.method.toLowerCase()
      ];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(operation?.responses ?? {})).toEqual(
        expect.arrayContaining(["401", "403", "404", "422", "429"]),
      );
    }
    expect(document.components.securitySchemes.apiKey).toEqual({ type: "http", scheme: "bearer" });
  });

  it("every route file under app/api/v1 serves a documented route", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const routeFiles = fs
      .readdirSync("app/api/v1", { recursive: true })
      .map(String)
      .filter((f) => f.endsWith("route.ts"));
    const documented = Object.keys(document.paths).map((p) => p.replace(/\{(\w+)\}/g, "[$1]"));
    for (const file of routeFiles) {
      const urlPath = `/${path.dirname(file)}`.replace(/\\/g, "/");
      expect(documented, file).toContain(urlPath);
    }
  });
});

describe("the analytics additions in the OpenAPI document", () => {
  const document = buildOpenApiDocument(apiRouteDefinitions());
  const json = JSON.stringify(document.paths);

  it("documents GET /trends with its ratio, to and member parameters", () => {
    const trends = (document.paths["/trends"] as Record<string, { parameters: { name: string }[] }>).get;
    expect(trends?.parameters.map((p) => p.name).sort()).toEqual(["member", "ratio", "to"]);
    for (const field of ["unusualWeeks", "noClearChange", "notEnoughData", "recent", "previous"]) {
      expect(json).toContain(field);
    }
  });

  it("documents the what-if per week, callsNeededCi95, littleData and the ratios' weeks", () => {
    for (const field of [
      "appointmentsPerWeek",
      "callsPerWeekFor80Percent",
      "callsNeededCi95",
      "littleData",
    ]) {
      expect(json).toContain(field);
    }
    expect(json).toContain("additionalWeeksNeeded");
  });
});
