// Points this test worker at the run's database before anything opens it.
import { afterAll, inject } from "vitest";

const dataDir = inject("testDataDir");
const databaseUrl = inject("testDatabaseUrl");
if (databaseUrl) {
  process.env.DATABASE_URL = databaseUrl;
} else {
  delete process.env.DATABASE_URL;
  if (dataDir) process.env.FUNNELMETER_DATA_DIR = dataDir;
}

afterAll(async () => {
  const { closeDb } = await import("../client");
  await closeDb();
});
