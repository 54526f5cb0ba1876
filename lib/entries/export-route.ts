import "server-only";
// Downloads for the signed-in user (the export links of the import page). The same gate as
// the pages: the membership comes from the database, and a non-member or a member without
// the permission gets 404.
import type { OrgContext } from "@/lib/data/tenant-tx";
import { can, type Permission } from "@/lib/permissions";
import { orgContextFor } from "@/lib/tenant";

export async function downloadFor(
  orgSlug: string,
  permission: Permission,
  produce: (ctx: OrgContext) => Promise<{ body: string; contentType: string; fileName: string }>,
): Promise<Response> {
  const ctx = await orgContextFor(orgSlug);
  if (!ctx || !can(ctx.role, permission)) return new Response("Not found", { status: 404 });
  const { body, contentType, fileName } = await produce(ctx);
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
