import "server-only";
import { cache } from "react";
import { findSessionUser } from "@/lib/data/users";
import { auth } from "./auth";

/** The signed-in user, checked against the database once per request; null if none. */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findSessionUser(id, session.user.sessionEpoch);
});
