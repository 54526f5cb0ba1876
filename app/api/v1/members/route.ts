import { listMembersRoute } from "@/lib/api/routes/members";

export const GET = listMembersRoute.handle;
