import "server-only";
// Every REST route, for the OpenAPI document. A route file under app/api/v1 exports the
// handler of one of these; a test checks that each one is served and documented.
import type { RouteDefinition } from "./define-route";
import { getKpis } from "./routes/kpis";
import { listMembersRoute } from "./routes/members";
import { getMetrics } from "./routes/metrics";
import { getWhatIf } from "./routes/what-if";

export const API_ROUTES = [getMetrics, listMembersRoute, getKpis, getWhatIf];

export const apiRouteDefinitions = (): RouteDefinition[] => API_ROUTES.map((route) => route.definition);
