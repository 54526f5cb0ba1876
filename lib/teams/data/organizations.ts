import "server-only";
import { members, metrics, organizations, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { isUniqueViolation } from "@/lib/data/pg-errors";
import { enterNewOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ValidationError } from "@/lib/errors";
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";

export interface NewOrganization {
  name: string;
  slug: string;
  timeZone?: string;
  owner: { userId: string; email: string; name: string; startedOn: string };
}

/**
 * Creates an organization with the default funnel and its first owner, in the caller's
 * transaction (sign-up creates the user in the same one). A taken slug is a field error.
 */
export async function insertOrganization(tx: Tx, input: NewOrganization): Promise<OrgContext> {
  const id = await enterNewOrg(tx);
  const [org] = await tx
    .insert(organizations)
    .values({ id, name: input.name, slug: input.slug, timeZone: input.timeZone })
    .onConflictDoNothing({ target: organizations.slug })
    .returning();
  if (!org) throw new ValidationError({ slug: { key: "slugTaken" } });

  await tx.insert(metrics).values(
    DEFAULT_METRICS.map((m) => ({
      orgId: org.id,
      key: m.key,
      kind: m.kind,
      ofKey: m.of,
      position: m.position,
    })),
  );
  const role: Role = "owner";
  const [owner] = await tx
    .insert(members)
    .values({
      orgId: org.id,
      userId: input.owner.userId,
      email: input.owner.email,
      name: input.owner.name,
      role,
      status: "active",
      startedOn: input.owner.startedOn,
    })
    .returning();
  if (!owner) throw new Error("owner membership was not created");

  const ctx: OrgContext = {
    org: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    member: { id: owner.id, role, name: owner.name, email: owner.email },
    role,
    userId: input.owner.userId,
  };
  await recordAudit(tx, ctx, {
    action: "organization.created",
    subjectType: "organization",
    subjectId: org.id,
    after: { name: org.name, slug: org.slug },
  });
  return ctx;
}

/** Maps a slug race (two sign-ups at once) to the same field error as a taken slug. */
export function rethrowSlugConflict(error: unknown): never {
  if (isUniqueViolation(error)) throw new ValidationError({ slug: { key: "slugTaken" } });
  throw error;
}
