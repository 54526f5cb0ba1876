import { getMetrics } from "@/lib/api/routes/metrics";

export const GET = getMetrics.handle;
