import "server-only";
// Every REST route, for the OpenAPI document. A route file under app/api/v1 exports the
// handler of one of these; a test checks that each one is served and documented.
import type { RouteDefinition } from "./define-route";
import { postActivity } from "./routes/activity";
import { getBenchmark } from "./routes/benchmark";
import { getForecast } from "./routes/forecast";
import { getKpis } from "./routes/kpis";
import { createMemberRoute, listMembersRoute } from "./routes/members";
import { getMetrics } from "./routes/metrics";
import { putMemberPay } from "./routes/pay";
import { getProfitability } from "./routes/profitability";
import { getTrends } from "./routes/trends";
import { listWeeks, putWeek } from "./routes/weeks";
import { getWhatIf } from "./routes/what-if";

export const API_ROUTES = [
  getMetrics,
  listMembersRoute,
  createMemberRoute,
  putWeek,
  listWeeks,
  getKpis,
  getWhatIf,
  getTrends,
  getForecast,
  postActivity,
  getBenchmark,
  getProfitability,
  putMemberPay,
];

export const apiRouteDefinitions = (): RouteDefinition[] => API_ROUTES.map((route) => route.definition);
