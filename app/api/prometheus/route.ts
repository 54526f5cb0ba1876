// Prometheus scrape endpoint (outside the REST API v1: it is for operators, not for
// integrations): request durations, database connections in use, pool size.
import { metrics } from "@/lib/runtime/metrics";
import { metricsAccess } from "@/lib/runtime/metrics-access";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get("authorization"));
  if (access === "unconfigured") return new Response(null, { status: 404 });
  if (access === "denied") {
    return new Response(null, { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "content-type": registry.contentType, "cache-control": "no-store" },
  });
}
