import { getBenchmark } from "@/lib/api/routes/benchmark";

export const GET = getBenchmark.handle;
