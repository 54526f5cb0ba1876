import "server-only";
import { closeDb } from "@/db/client";

/** For short-lived processes (CLI, tests): release the database and its lock. */
export const closeDatabase = closeDb;
