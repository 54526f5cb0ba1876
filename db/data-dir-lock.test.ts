import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirectoryBusyError,
  processStartTime,
  releaseDataDirLock,
} from "./data-dir-lock";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fm-lock-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("the embedded database's lock", () => {
  it("refuses while another live process holds the directory", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      acquireDataDirLock(dir, other.pid);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirectoryBusyError);
      expect(() => acquireDataDirLock(dir)).toThrow(/in use by process \d+/);
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that died", async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((resolve) => dead.on("exit", resolve));
    fs.writeFileSync(path.join(dir, "funnelmeter.lock"), String(dead.pid));
    expect(() => acquireDataDirLock(dir)).not.toThrow();
    expect(fs.readFileSync(path.join(dir, "funnelmeter.lock"), "utf8")).toBe(
      `${process.pid} ${processStartTime(process.pid)}`,
    );
    releaseDataDirLock(dir);
    expect(fs.existsSync(path.join(dir, "funnelmeter.lock"))).toBe(false);
  });

  it("takes over a lock whose pid now belongs to another live process", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      await new Promise((resolve) => other.on("spawn", resolve));
      const started = processStartTime(other.pid!);
      expect(started, "this test needs /proc").toMatch(/^\d+$/);
      // The owner ran under this pid earlier (it started at another time) and died.
      fs.writeFileSync(path.join(dir, "funnelmeter.lock"), `${other.pid} ${Number(started) - 1000}`);
      expect(() => acquireDataDirLock(dir)).not.toThrow();
      releaseDataDirLock(dir);
      // Written by the live process itself (its own start time): busy.
      acquireDataDirLock(dir, other.pid);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirectoryBusyError);
    } finally {
      other.kill();
    }
  });

  it("still honours a lock from before start times were recorded (the pid alone)", async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      await new Promise((resolve) => other.on("spawn", resolve));
      fs.writeFileSync(path.join(dir, "funnelmeter.lock"), String(other.pid));
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirectoryBusyError);
    } finally {
      other.kill();
    }
  });

  it("is re-entrant for the process that holds it", () => {
    const dir = tempDir();
    acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).not.toThrow();
    releaseDataDirLock(dir);
  });
});
