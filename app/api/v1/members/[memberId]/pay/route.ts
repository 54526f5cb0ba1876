import { putMemberPay } from "@/lib/api/routes/pay";

export const PUT = putMemberPay.handle;
