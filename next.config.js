import createNextIntlPlugin from "next-intl/plugin";
import { requireSupportedNode } from "./scripts/supported-node.mjs";

requireSupportedNode();

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must stay a real node module: bundled, its wasm paths break at run time and
  // its 15 MB of wasm get copied into the public folder. argon2 is a native addon.
  // graphile-worker (and its pg driver) loads optional modules at run time.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "prom-client",
    "graphile-worker",
    "pg",
  ],
  poweredByHeader: false,
  // A CSV import is posted to a server action; the 1 MB default caps it near 20,000 rows.
  experimental: { serverActions: { bodySizeLimit: "10mb" } },
  // Set by the e2e suite so that a build for tests does not clobber the developer's .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
