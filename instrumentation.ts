// At server start: in production, check the configuration and the database once and
// refuse to start with the list of problems (lib/runtime/start-checks.ts); elsewhere open
// (and migrate) the database, so the first visitor does not wait for PGlite's start-up
// (about 8 s on a new data directory). Then start the background work (job queue and
// weekly mailings), stopped on SIGTERM before the database closes (lib/runtime/shutdown.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // scripts/start.mjs records request durations into this registry.
  (await import("./lib/runtime/metrics")).metrics();
  if (process.env.NODE_ENV === "production") {
    const { refuseToStartUnlessReady } = await import("./lib/runtime/start-checks");
    await refuseToStartUnlessReady();
  } else {
    const { databaseAnswers } = await import("./lib/operations/data/health");
    await databaseAnswers();
  }
  if (process.env.FUNNELMETER_JOBS === "off") return;
  const { startBackgroundWork } = await import("./lib/jobs/runner");
  const { onShutdown } = await import("./lib/runtime/shutdown");
  const { log } = await import("./lib/runtime/log");
  // Never awaited: a database that is down at start must not keep the server from serving
  // (it answers 503 until the database is back); the background work tries again meanwhile.
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const start = async () => {
    try {
      const work = await startBackgroundWork();
      // The queue finishes or releases its jobs, so another instance takes them over at once.
      onShutdown("jobs", () => work.stop(), "stop");
      if (stopped) await work.stop();
    } catch (error) {
      log.warn("jobs.start_failed", { error, retryInSeconds: 10 });
      if (!stopped) retry = setTimeout(() => void start(), 10_000);
    }
  };
  onShutdown(
    "jobs-start",
    async () => {
      stopped = true;
      clearTimeout(retry);
    },
    "stop",
  );
  void start();
}
