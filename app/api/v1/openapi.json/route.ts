import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRouteDefinitions } from "@/lib/api/registry";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(buildOpenApiDocument(apiRouteDefinitions()));
}
