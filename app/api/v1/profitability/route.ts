import { getProfitability } from "@/lib/api/routes/profitability";

export const GET = getProfitability.handle;
