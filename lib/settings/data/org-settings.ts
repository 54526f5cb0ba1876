import "server-only";
import { eq } from "drizzle-orm";
import { organizations } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";

export interface OrgSettings {
  name: string;
  timeZone: string;
  currency: string;
  kpiRelativePrecision: number;
  showRate: number | null;
  closeRate: number | null;
  averageDealValue: number | null;
  /** Share of revenue that is gross profit, 0..1 (1 by default). */
  grossMargin: number;
}

const columns = {
  name: organizations.name,
  timeZone: organizations.timeZone,
  currency: organizations.currency,
  kpiRelativePrecision: organizations.kpiRelativePrecision,
  showRate: organizations.showRate,
  closeRate: organizations.closeRate,
  averageDealValue: organizations.averageDealValue,
  grossMargin: organizations.grossMargin,
};

export async function getOrgSettings(ctx: OrgContext): Promise<OrgSettings> {
  const [row] = await inOrg(ctx, (tx) =>
    tx.select(columns).from(organizations).where(eq(organizations.id, ctx.org.id)),
  );
  if (!row) throw new Error("organization vanished");
  return row;
}

export async function updateOrgSettings(ctx: OrgContext, next: OrgSettings): Promise<void> {
  await inOrg(ctx, async (tx) => {
    const [before] = await tx
      .select(columns)
      .from(organizations)
      .where(eq(organizations.id, ctx.org.id))
      .for("update");
    await tx.update(organizations).set(next).where(eq(organizations.id, ctx.org.id));
    await recordAudit(tx, ctx, {
      action: "settings.updated",
      subjectType: "organization",
      subjectId: ctx.org.id,
      before,
      after: next,
    });
  });
}
