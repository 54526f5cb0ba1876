import "server-only";
// Operations for the admin CLI: the same data layer and rules as the app.
import { eq } from "drizzle-orm";
import { applyMigrations } from "@/db/client";
import { organizations, users } from "@/db/schema";
import { normaliseEmail } from "@/lib/auth/data/users";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/data/pg-errors";
import { globalDb, lookup, type OrgContext } from "@/lib/data/tenant-tx";
import { NotFoundError } from "@/lib/errors";
import { insertOrganization, rethrowSlugConflict } from "@/lib/teams/data/organizations";

export { createApiKey } from "@/lib/api/data/api-keys";
export { seedBenchHistory } from "./bench-seed";
export { seedDemo } from "./demo";

/** The operator at the command line acts with an owner's rights in the named organization. */
export async function operatorContext(orgSlug: string): Promise<OrgContext> {
  const [org] = await lookup({ orgSlug }, (tx) =>
    tx.select().from(organizations).where(eq(organizations.slug, orgSlug)),
  );
  if (!org) throw new NotFoundError(`organization "${orgSlug}"`);
  return {
    org: { id: org.id, slug: org.slug, name: org.name, timeZone: org.timeZone },
    member: null,
    role: "owner",
    userId: null,
  };
}

export async function migrateDatabase(): Promise<void> {
  await applyMigrations();
}

export interface CreateOrgCommand {
  name: string;
  slug: string;
  ownerEmail: string;
  ownerPassword: string;
  today: string;
}

/** Creates the organization; the owner account is created, or reused if it exists. */
export async function createOrgWithOwner(input: CreateOrgCommand) {
  const db = await globalDb();
  const email = normaliseEmail(input.ownerEmail);
  const passwordHash = await hashPassword(input.ownerPassword);
  try {
    return await db.transaction(async (tx) => {
      await tx
        .insert(users)
        .values({ email, name: email.split("@")[0] ?? email, passwordHash })
        .onConflictDoNothing({ target: users.email });
      const owner = await tx.query.users.findFirst({ where: (u, { eq }) => eq(u.email, email) });
      if (!owner) throw new Error("owner account missing");
      const ctx = await insertOrganization(tx, {
        name: input.name,
        slug: input.slug,
        owner: { userId: owner.id, email, name: owner.name, startedOn: input.today },
      });
      return { orgId: ctx.org.id, slug: ctx.org.slug, ownerUserId: owner.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) rethrowSlugConflict(error);
    throw error;
  }
}
