// Opens (and migrates) the database when the server starts, so the first visitor does not
// wait for PGlite's start-up (about 8 s on a new data directory).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { databaseAnswers } = await import("./lib/data/health");
  await databaseAnswers();
}
