import "server-only";
import { z } from "zod";
import { listMembersWithActivity } from "@/lib/data/members";
import { defineRoute } from "../define-route";
import { memberSchema } from "../schemas";

export const listMembersRoute = defineRoute({
  method: "GET",
  path: "/members",
  summary: "Everyone in the organization, departed members included",
  permission: "members.read",
  response: z.object({ members: z.array(memberSchema) }),
  handler: async ({ ctx }) => ({
    members: (await listMembersWithActivity(ctx)).map((m) => ({
      id: m.id,
      email: m.email,
      name: m.name,
      role: m.role,
      status: m.status,
      startedOn: m.startedOn,
    })),
  }),
});
