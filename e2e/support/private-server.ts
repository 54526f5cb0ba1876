// A second production server for the few tests that need their own configuration (a
// short invitation lifetime) or need to read the server's log (a password-reset link is
// only logged when no SMTP is configured, never shown in the browser). It runs the same
// build on its own fresh database, through e2e/server.mjs, with its output captured.
import { type ChildProcess, spawn } from "node:child_process";

export interface PrivateServer {
  baseURL: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startPrivateServer(
  port: number,
  env: Record<string, string> = {},
): Promise<PrivateServer> {
  let output = "";
  const child: ChildProcess = spawn("node", ["e2e/server.mjs", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`private server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`private server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    baseURL,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // server.mjs stops next start and drops its database on SIGTERM.
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    },
  };
}
