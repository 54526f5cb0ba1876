// Runs the Dockerfile's steps without a container engine (none exists on the CI machine):
// a clean temporary folder stands in for WORKDIR, COPY copies from this checkout (minus
// .dockerignore), ENV and RUN run as written, and CMD starts the server, which must answer
// its health check and stop cleanly on SIGTERM, as `docker stop` would ask. It proves the
// Dockerfile's steps build and start the app from the repository alone.
// Usage: node scripts/container-steps.mjs [port]   (default 3190)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(import.meta.dirname, "..");
const port = process.argv[2] ?? "3190";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "funnelmeter-container-"));
const env = { ...process.env };
for (const name of ["DATABASE_URL", "NEXT_DIST_DIR", "FUNNELMETER_DATA_DIR"]) delete env[name];
let cmd = null;

const ignored = fs
  .readFileSync(path.join(repo, ".dockerignore"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter(Boolean);
const isIgnored = (file) =>
  ignored.some((pattern) => {
    const prefix = pattern.replace(/\*$/, "");
    return (
      file === pattern || file.startsWith(`${pattern}/`) || (pattern.endsWith("*") && file.startsWith(prefix))
    );
  });
// The build context: the files git knows (tracked or new, not ignored), minus .dockerignore.
const context = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: repo,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => file && !isIgnored(file) && fs.existsSync(path.join(repo, file)));

function copy(sources) {
  // A source is a file or a folder of the build context (COPY patches ./patches).
  const files = sources.includes(".")
    ? context
    : sources.flatMap((source) => {
        const folder = `${source.replace(/\/$/, "")}/`;
        const inside = context.filter((file) => file === source || file.startsWith(folder));
        if (inside.length === 0) throw new Error(`COPY ${source}: not in the build context`);
        return inside;
      });
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.copyFileSync(path.join(repo, file), path.join(work, file));
  }
  console.log(`  copied ${files.length} file(s)`);
}

const lines = fs
  .readFileSync(path.join(repo, "Dockerfile"), "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.trim().startsWith("#"));
for (const line of lines) {
  const [instruction, ...rest] = line.trim().split(/\s+/);
  const args = rest.join(" ");
  console.log(`▶ ${instruction} ${args}`);
  if (instruction === "FROM") {
    const major = args.match(/^node:(\d+)/)?.[1];
    if (major && major !== process.versions.node.split(".")[0]) {
      throw new Error(
        `The Dockerfile builds on Node ${major}; run this on the same major (now ${process.version}).`,
      );
    }
  } else if (instruction === "COPY") {
    if (args.startsWith("--from=")) console.log("  (the build stage's folder is this same folder)");
    else copy(rest.slice(0, -1));
  } else if (instruction === "ENV") {
    for (const [, name, value] of args.matchAll(/(\w+)=(\S+)/g)) env[name] = value;
  } else if (instruction === "RUN") {
    const result = spawnSync("sh", ["-c", args], { cwd: work, env, stdio: "inherit" });
    if (result.status !== 0) throw new Error(`RUN ${args} failed (exit ${result.status})`);
  } else if (instruction === "CMD") {
    cmd = JSON.parse(args);
  }
}

// CMD, on this run's port, with the embedded database in the folder (the container's volume).
const server = spawn(cmd[0], cmd.slice(1), {
  cwd: work,
  env: { ...env, PORT: port, HOSTNAME: "127.0.0.1" },
  stdio: "inherit",
});
const exited = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
const deadline = Date.now() + 120_000;
let health = null;
while (Date.now() < deadline && health?.status !== "ok") {
  await new Promise((r) => setTimeout(r, 1000));
  health = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
    .then((r) => r.json())
    .catch(() => null);
}
server.kill("SIGTERM");
const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 20_000))]);
const lockLeft = fs.existsSync(path.join(work, ".data", "funnelmeter.lock"));
fs.rmSync(work, { recursive: true, force: true });
if (health?.status !== "ok") throw new Error(`The server never answered healthy: ${JSON.stringify(health)}`);
// next start exits 143 (128 + SIGTERM) after closing its server; scripts/start.mjs exits 0.
if (code !== 0 && code !== 143) throw new Error(`The server did not stop cleanly on SIGTERM (exit ${code})`);
if (lockLeft) throw new Error("The embedded database's lock was left behind");
console.log("✓ The Dockerfile's steps build the app, which starts healthy and stops cleanly on SIGTERM.");
