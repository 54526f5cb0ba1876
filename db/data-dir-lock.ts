// PGlite writes no lock on its data directory: two processes can open the same
// directory without error and corrupt it. We guard it with a lock file holding the
// owner's pid and that process's start time, and refuse clearly while it still runs.
// The start time tells a live owner from another process that was given the same pid
// after the owner died without cleaning up (after a reboot or in a container, pids are
// handed out again from the bottom): that lock is stale.
import fs from "node:fs";
import path from "node:path";

export class DataDirectoryBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${ownerPid} (probably the running app). ` +
        "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
    );
    this.name = "DataDirectoryBusyError";
  }
}

const lockFile = (dir: string) => path.join(dir, "funnelmeter.lock");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), or null
 * where there is no /proc (the check then falls back to the pid alone).
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** "<pid> <start time>"; a lock written before the start time was recorded holds the pid only. */
function readLock(file: string): { pid: number; started: string | null } {
  const [pid, started] = fs.readFileSync(file, "utf8").trim().split(/\s+/);
  return { pid: Number.parseInt(pid ?? "", 10), started: started || null };
}

/** The owner still runs: its pid is alive and, where both are known, started when it did. */
function ownerRuns(owner: { pid: number; started: string | null }): boolean {
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !isAlive(owner.pid)) return false;
  const now = processStartTime(owner.pid);
  return owner.started === null || now === null || now === owner.started;
}

export function acquireDataDirLock(dir: string, pid = process.pid): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = lockFile(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${pid} ${processStartTime(pid) ?? ""}`.trim(), { flag: "wx" });
      process.once("exit", () => releaseDataDirLock(dir, pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readLock(file);
    if (owner.pid === pid && ownerRuns(owner)) return;
    if (ownerRuns(owner)) {
      throw new DataDirectoryBusyError(dir, owner.pid);
    }
    // A stale lock: its process died without cleaning up (its pid may live on in another).
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not lock the embedded database in ${dir}`);
}

export function releaseDataDirLock(dir: string, pid = process.pid): void {
  const file = lockFile(dir);
  try {
    if (readLock(file).pid === pid) fs.rmSync(file);
  } catch {
    // Already gone.
  }
}
