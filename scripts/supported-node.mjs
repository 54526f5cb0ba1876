// The Node.js versions Funnelmeter runs on (README "Requirements"): 24, and 22 from 22.12.
// Node 20 reached end of life on 2026-04-30. Imported by next.config.js (so `next start`,
// `next dev` and `next build` refuse too), scripts/start.mjs and the quickstart.
export const SUPPORTED_NODE = "22.12 or later (24 recommended)";

export function isSupportedNode(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major >= 24 || (major === 22 && minor >= 12) || major === 23;
}

/** Ends the process with one sentence when this Node.js is too old. */
export function requireSupportedNode() {
  if (isSupportedNode()) return;
  console.error(
    `Funnelmeter needs Node.js ${SUPPORTED_NODE}, but this is Node.js ${process.versions.node}: ` +
      "install a newer Node.js or run `npm run quickstart`, which fetches one through npm.",
  );
  process.exit(1);
}
