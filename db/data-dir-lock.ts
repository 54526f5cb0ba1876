// PGlite writes no lock on its data directory: two processes can open the same
// directory without error and corrupt it. We guard it with a lock file holding the
// owner's pid, and refuse clearly while a live process holds it.
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

export function acquireDataDirLock(dir: string, pid = process.pid): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = lockFile(dir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(pid), { flag: "wx" });
      process.once("exit", () => releaseDataDirLock(dir, pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
    if (owner === pid) return;
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
      throw new DataDirectoryBusyError(dir, owner);
    }
    // A stale lock from a process that died without cleaning up.
    fs.rmSync(file, { force: true });
  }
  throw new Error(`Could not lock the embedded database in ${dir}`);
}

export function releaseDataDirLock(dir: string, pid = process.pid): void {
  const file = lockFile(dir);
  try {
    if (Number.parseInt(fs.readFileSync(file, "utf8"), 10) === pid) fs.rmSync(file);
  } catch {
    // Already gone.
  }
}
