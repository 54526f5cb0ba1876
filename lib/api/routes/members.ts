import "server-only";
import { z } from "zod";
import { isUsableDate } from "@/lib/forms/calendar-date";
import { inviteMember } from "@/lib/teams/data/invitations";
import { listMembers } from "@/lib/teams/data/members";
import { defineRoute } from "../define-route";
import { nextCursorSchema, page, pageQuery } from "../paging";
import { memberSchema } from "../schemas";

export const listMembersRoute = defineRoute({
  method: "GET",
  path: "/members",
  summary: "Everyone in the organization, departed members included, by name (then id)",
  permission: "members.read",
  query: z.object(pageQuery),
  response: z.object({ members: z.array(memberSchema), nextCursor: nextCursorSchema }),
  handler: async ({ ctx, query }) => {
    const listed = page(await listMembers(ctx), (m) => [m.name, m.id], query);
    return {
      members: listed.items.map((m) => ({
        id: m.id,
        email: m.email,
        name: m.name,
        role: m.role,
        status: m.status,
        startedOn: m.startedOn,
      })),
      nextCursor: listed.nextCursor,
    };
  },
});

export const createMemberRoute = defineRoute({
  method: "POST",
  path: "/members",
  summary: "Add a rep or manager: status invited, with an invitation; their weeks can be recorded at once",
  permission: "members.invite",
  body: z.object({
    email: z
      .string()
      .trim()
      .pipe(z.email({ error: "invalidEmail" })),
    name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
    role: z.enum(["rep", "manager"], { error: "invalidRole" }),
    startedOn: z.iso.date({ error: "invalidDate" }).refine(isUsableDate, { error: "dateOutOfRange" }),
  }),
  response: memberSchema,
  successStatus: 201,
  handler: async ({ ctx, body }) => {
    // The invitation link is not returned: integrations' logs are no place for it.
    const { member } = await inviteMember(ctx, body);
    return member;
  },
});
