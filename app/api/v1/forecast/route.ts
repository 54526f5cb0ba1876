import { getForecast } from "@/lib/api/routes/forecast";

export const GET = getForecast.handle;
