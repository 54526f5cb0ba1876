import { createMemberRoute, listMembersRoute } from "@/lib/api/routes/members";

export const GET = listMembersRoute.handle;
export const POST = createMemberRoute.handle;
