import { writeOrganizationExport } from "@/lib/entries/data/entry-import";
import { downloadFor } from "@/lib/entries/export-route";
import { can } from "@/lib/permissions";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/o/[orgSlug]/import/export/organization">,
) {
  const { orgSlug } = await params;
  return downloadFor(orgSlug, "entries.read.any", async (ctx) => ({
    contentType: "application/json; charset=utf-8",
    fileName: `${ctx.org.slug}.json`,
    write: (out) => writeOrganizationExport(ctx, { includeCosts: can(ctx.role, "costs.read") }, out),
  }));
}
