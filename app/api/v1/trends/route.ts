import { getTrends } from "@/lib/api/routes/trends";

export const GET = getTrends.handle;
