import { listWeeks } from "@/lib/api/routes/weeks";

export const GET = listWeeks.handle;
