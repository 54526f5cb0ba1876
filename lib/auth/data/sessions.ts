import "server-only";
// Server-side sessions behind the JWT: the token names its row, and a request counts as
// signed in only while that row is open and the user's session epoch still matches. So
// logging out ends the session for a copied cookie too, and "log out everywhere" ends all.
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { authSessions, users, userTwoFactor } from "@/db/schema";
import { globalDb } from "@/lib/data/tenant-tx";
import { isUuid } from "@/lib/ids";

export async function startSession(userId: string): Promise<string> {
  const db = await globalDb();
  const [row] = await db.insert(authSessions).values({ userId }).returning({ id: authSessions.id });
  if (!row) throw new Error("session was not created");
  return row.id;
}

/** The user behind a session token, while its session is open and its epoch current. */
export async function findSessionUser(userId: string, sessionEpoch: number, sessionId: string | undefined) {
  if (!sessionId || !isUuid(sessionId) || !isUuid(userId)) return null;
  const db = await globalDb();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      // The tenant gate needs it where an organization requires two-factor sign-in.
      twoFactor: sql<boolean>`${userTwoFactor.enabledAt} is not null`,
    })
    .from(users)
    .innerJoin(authSessions, and(eq(authSessions.userId, users.id), eq(authSessions.id, sessionId)))
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(and(eq(users.id, userId), eq(users.sessionEpoch, sessionEpoch), isNull(authSessions.endedAt)));
  return user ?? null;
}

export async function endSession(userId: string, sessionId: string | undefined): Promise<void> {
  if (!sessionId || !isUuid(sessionId) || !isUuid(userId)) return;
  const db = await globalDb();
  await db
    .update(authSessions)
    .set({ endedAt: new Date() })
    .where(
      and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId), isNull(authSessions.endedAt)),
    );
}

/** Every session of the user ends, and tokens from before (any epoch) stop working. */
export async function endAllSessions(userId: string): Promise<void> {
  const db = await globalDb();
  await db.transaction(async (tx) => {
    await tx
      .update(authSessions)
      .set({ endedAt: new Date() })
      .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)));
    await tx
      .update(users)
      .set({ sessionEpoch: sql`${users.sessionEpoch} + 1` })
      .where(eq(users.id, userId));
  });
}

/** Ends every session of the user but this one (after two-factor sign-in is turned off). */
export async function endOtherSessions(userId: string, keepSessionId: string | undefined): Promise<void> {
  const db = await globalDb();
  const others = keepSessionId && isUuid(keepSessionId) ? ne(authSessions.id, keepSessionId) : undefined;
  await db
    .update(authSessions)
    .set({ endedAt: new Date() })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt), others));
}
