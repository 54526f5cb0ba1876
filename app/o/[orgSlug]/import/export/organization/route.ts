import { exportOrganization } from "@/lib/entries/data/entry-import";
import { downloadFor } from "@/lib/entries/export-route";
import { can } from "@/lib/permissions";

export async function GET(
  _request: Request,
  { params }: RouteContext<"/o/[orgSlug]/import/export/organization">,
) {
  const { orgSlug } = await params;
  return downloadFor(orgSlug, "entries.read.any", async (ctx) => {
    const data = await exportOrganization(ctx, { includeCosts: can(ctx.role, "costs.read") });
    return {
      body: `${JSON.stringify(data, null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
      fileName: `${ctx.org.slug}.json`,
    };
  });
}
