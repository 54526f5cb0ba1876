// GET /o/{slug}/settings/export: the owner's download of the whole organization, the same
// document as `npm run admin -- export-org` (lib/operations/data/org-transfer.ts). Others get 404.

import { downloadFor } from "@/lib/entries/export-route";
import { writeOrganizationData } from "@/lib/operations/data/org-transfer";

export async function GET(_request: Request, { params }: RouteContext<"/o/[orgSlug]/settings/export">) {
  const { orgSlug } = await params;
  return downloadFor(orgSlug, "settings.manage", async (ctx) => ({
    contentType: "application/json; charset=utf-8",
    fileName: `${ctx.org.slug}-organization-export.json`,
    write: async (out) => {
      await writeOrganizationData(ctx.org.slug, out);
    },
  }));
}
