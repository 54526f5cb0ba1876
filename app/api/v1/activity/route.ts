import { postActivity } from "@/lib/api/routes/activity";

export const POST = postActivity.handle;
