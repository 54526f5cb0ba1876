// `npm run quickstart`: install, create the embedded database with the demo
// organization, build, and serve on http://localhost:3000. Needs nothing but Node.js and
// npm (no database server: PGlite keeps its data in ./.data). On a Node.js older than 22
// it first fetches Node 24 through npm (scripts/node-runtime.sh) and runs again on it.
import { spawn, spawnSync } from "node:child_process";
import { HEAP_FLAGS } from "./heap-limits.mjs";
import { isSupportedNode, requireSupportedNode } from "./supported-node.mjs";

if (!isSupportedNode()) {
  if (process.env.FUNNELMETER_NODE_FETCHED) requireSupportedNode();
  console.log(`Node.js ${process.versions.node} is too old for Funnelmeter; fetching Node 24 through npm.`);
  const again = spawnSync("bash", ["-c", ". scripts/node-runtime.sh && exec node scripts/quickstart.mjs"], {
    stdio: "inherit",
    env: { ...process.env, FUNNELMETER_NODE_FETCHED: "1" },
  });
  process.exit(again.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const step = (title, command, args) => {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
};

step("Installing dependencies", "npm", ["install", "--no-audit", "--no-fund"]);
const seed = spawnSync("npm", ["run", "-s", "admin", "--", "seed-demo"], {
  stdio: ["ignore", "pipe", "inherit"],
  encoding: "utf8",
});
if (seed.status !== 0) {
  console.error("✗ Could not prepare the demo organization (is the app already running?).");
  process.exit(seed.status ?? 1);
}
const demo = JSON.parse(seed.stdout.trim().split("\n").pop() ?? "{}");
step("Building the app", "npx", ["next", "build"]);

const banner = [
  "",
  "┌──────────────────────────────────────────────────────────────────┐",
  `  Funnelmeter runs on http://localhost:${port}`,
  `  Demo manager: ${demo.managerEmail}`,
  `  Demo rep:     ${demo.repEmail}`,
  `  Password:     ${demo.password}`,
  "└──────────────────────────────────────────────────────────────────┘",
  "",
].join("\n");
const server = spawn(process.execPath, [...HEAP_FLAGS, "scripts/start.mjs"], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, PORT: port },
});
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('"server.ready"')) process.stdout.write(banner);
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
