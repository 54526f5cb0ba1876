import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    console.error("[health] database does not answer", error);
    return false;
  }
}
