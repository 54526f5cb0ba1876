// Runs a piece of a test against another database than the run's own (a restored backup,
// the other driver), through the same data layer: the app's database handle is closed,
// the environment pointed elsewhere, and both are put back afterwards.
import { closeDb } from "../client";

export type DatabaseTarget = { url: string } | { dataDir: string };

export async function onDatabase<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  const saved = { url: process.env.DATABASE_URL, dir: process.env.FUNNELMETER_DATA_DIR };
  await closeDb();
  try {
    if ("url" in target) {
      process.env.DATABASE_URL = target.url;
    } else {
      delete process.env.DATABASE_URL;
      process.env.FUNNELMETER_DATA_DIR = target.dataDir;
    }
    return await work();
  } finally {
    await closeDb();
    if (saved.url) process.env.DATABASE_URL = saved.url;
    else delete process.env.DATABASE_URL;
    if (saved.dir) process.env.FUNNELMETER_DATA_DIR = saved.dir;
    else delete process.env.FUNNELMETER_DATA_DIR;
  }
}
