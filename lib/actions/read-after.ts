import "server-only";
// Read-your-own-writes with a streaming replica: after a change, the person's next page
// views carry the primary's WAL position, and lib/data/tenant-tx.ts reads from the replica
// only once it has replayed that far. Without DATABASE_READ_URL this does nothing.
import { cookies } from "next/headers";
import { writePosition } from "@/lib/data/tenant-tx";

export const READ_AFTER_COOKIE = "fm_read_after";
// Replication on one network lags by milliseconds; past this the replica has caught up.
const MAX_AGE_SECONDS = 30;

export async function rememberWritePosition(): Promise<void> {
  const lsn = await writePosition();
  if (!lsn) return;
  (await cookies()).set(READ_AFTER_COOKIE, lsn, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}
