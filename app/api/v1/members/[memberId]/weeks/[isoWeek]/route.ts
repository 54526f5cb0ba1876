import { putWeek } from "@/lib/api/routes/weeks";

export const PUT = putWeek.handle;
