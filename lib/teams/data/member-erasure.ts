import "server-only";
// Erasing a former member (owner only): their name and e-mail are replaced, in the member
// row and in the audit log's before/after values; their account is unlinked (it is theirs,
// not the organization's) and their pending invitations, which hold the e-mail, deleted.
// Their weeks, results and pay stay, so the team's history keeps its numbers. The erasure
// itself is recorded in the audit log, without the erased name.
import { and, eq, sql } from "drizzle-orm";
import { auditEvents, invitations, members } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { assertCan } from "@/lib/permissions";
import { lockMember } from "./team-admin";

/** A neutral stand-in: no language, no person ("#1a2b3c4d"). */
export const erasedName = (memberId: string) => `#${memberId.slice(0, 8)}`;
export const erasedEmail = (memberId: string) => `erased-${memberId}@erased.invalid`;

export async function eraseFormerMember(ctx: OrgContext, memberId: string): Promise<{ name: string }> {
  assertCan(ctx.role, "members.erase");
  if (!isUuid(memberId)) throw new NotFoundError("member");
  return inOrg(ctx, async (tx) => {
    const member = await lockMember(tx, ctx, memberId);
    if (member.status !== "deactivated") throw new ConflictError({ key: "eraseOnlyFormer" });
    const name = erasedName(member.id);
    const email = erasedEmail(member.id);
    if (member.email === email) throw new ConflictError({ key: "alreadyErased" });
    await tx
      .update(members)
      .set({ name, email, userId: null })
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, member.id)));
    await tx
      .delete(invitations)
      .where(and(eq(invitations.orgId, ctx.org.id), eq(invitations.memberId, member.id)));
    // The audit log's JSON values as text: the e-mail anywhere, the name where it is a "name".
    const oldName = `"name": ${JSON.stringify(member.name)}`;
    const newName = `"name": ${JSON.stringify(name)}`;
    const scrub = (column: typeof auditEvents.before | typeof auditEvents.after) =>
      sql`replace(replace(${column}::text, ${member.email}, ${email}), ${oldName}, ${newName})::jsonb`;
    await tx
      .update(auditEvents)
      .set({ before: scrub(auditEvents.before), after: scrub(auditEvents.after) })
      .where(
        and(
          eq(auditEvents.orgId, ctx.org.id),
          sql`(${auditEvents.before}::text like ${`%${member.email}%`} or ${auditEvents.after}::text like ${`%${member.email}%`}
            or ${auditEvents.before}::text like ${`%${oldName}%`} or ${auditEvents.after}::text like ${`%${oldName}%`})`,
        ),
      );
    await recordAudit(tx, ctx, {
      action: "member.erased",
      subjectType: "member",
      subjectId: member.id,
      after: { name, email },
    });
    return { name };
  });
}
