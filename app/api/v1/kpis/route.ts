import { getKpis } from "@/lib/api/routes/kpis";

export const GET = getKpis.handle;
