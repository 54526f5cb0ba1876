import "server-only";
// Downloads for the signed-in user (the export links of the import page). The same gate as
// the pages: the membership comes from the database, and a non-member or a member without
// the permission gets 404. The document is written to a temporary file and sent from it
// (lib/operations/spooled-download.ts).
import type { OrgContext } from "@/lib/data/tenant-tx";
import { spooledDownload, type Write } from "@/lib/operations/spooled-download";
import { can, type Permission } from "@/lib/permissions";
import { orgContextFor } from "@/lib/tenant";

export async function downloadFor(
  orgSlug: string,
  permission: Permission,
  produce: (
    ctx: OrgContext,
  ) => Promise<{ contentType: string; fileName: string; write: (out: Write) => Promise<void> }>,
): Promise<Response> {
  const ctx = await orgContextFor(orgSlug);
  if (!ctx || !can(ctx.role, permission)) return new Response("Not found", { status: 404 });
  const { contentType, fileName, write } = await produce(ctx);
  return spooledDownload(write, {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "no-store",
  });
}
