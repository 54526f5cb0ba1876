import "server-only";
import { asc, eq } from "drizzle-orm";
import { metrics } from "@/db/schema";
import { inOrg, type OrgContext } from "./tenant-tx";

/** The organization's funnel definition, in display order (retired metrics included). */
export async function listMetrics(ctx: OrgContext) {
  return inOrg(ctx, (tx) =>
    tx.select().from(metrics).where(eq(metrics.orgId, ctx.org.id)).orderBy(asc(metrics.position)),
  );
}
