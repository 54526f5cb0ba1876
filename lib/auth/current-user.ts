import "server-only";
import { cache } from "react";
import { findSessionUser } from "@/lib/auth/data/sessions";
import { auth } from "./auth";

/** The signed-in user, checked against the database (open session, current epoch) once per request. */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findSessionUser(id, session.user.sessionEpoch, session.user.sessionId);
});
