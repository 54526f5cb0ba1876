import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/data/pg-errors";
import { globalDb } from "@/lib/data/tenant-tx";
import { ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { insertOrganization, rethrowSlugConflict } from "@/lib/teams/data/organizations";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserById(id: string) {
  if (!isUuid(id)) return null;
  const db = await globalDb();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user ?? null;
}

export async function findUserByEmail(email: string) {
  const db = await globalDb();
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)));
  return user ?? null;
}

export interface SignUp {
  email: string;
  name: string;
  password: string;
  orgName: string;
  orgSlug: string;
  locale: "en" | "nl";
  today: string;
}

/** One transaction: the user, the organization, its default funnel and the owner membership. */
export async function signUpWithOrganization(input: SignUp) {
  const db = await globalDb();
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, name: input.name, passwordHash, locale: input.locale })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!user) throw new ValidationError({ email: { key: "emailTaken" } });
      const ctx = await insertOrganization(tx, {
        name: input.orgName,
        slug: input.orgSlug,
        owner: { userId: user.id, email, name: input.name, startedOn: input.today },
      });
      return { userId: user.id, orgSlug: ctx.org.slug };
    });
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    if (isUniqueViolation(error)) rethrowSlugConflict(error);
    throw error;
  }
}

export async function setUserLocale(userId: string, locale: "en" | "nl") {
  const db = await globalDb();
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}
