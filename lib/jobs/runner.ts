import "server-only";
// The app's background work, started once per server process from instrumentation.ts: the
// job queue's worker and the clock that starts the weekly mailings. Several app instances
// may each run one: the queue locks each job, and a mailing starts once per organization,
// kind and week (scheduled_runs).
import { type JobRunner, startQueueWorker } from "@/lib/jobs/data/job-runner";
import "./all-jobs";
import { startMailingClock } from "./mailing-clock";

export interface BackgroundWork {
  stop(): Promise<void>;
}

export async function startBackgroundWork(
  options: { pollIntervalMs?: number; clockIntervalMs?: number } = {},
): Promise<BackgroundWork> {
  const worker: JobRunner = await startQueueWorker({ pollIntervalMs: options.pollIntervalMs });
  const clock = startMailingClock(options.clockIntervalMs);
  return {
    async stop() {
      await clock.stop();
      await worker.stop();
    },
  };
}
