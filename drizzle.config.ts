import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts and committed; the app and the admin CLI
// apply them (db/migrate.ts) on either driver.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
