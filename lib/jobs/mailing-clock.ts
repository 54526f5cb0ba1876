import "server-only";
// Looks every minute (and at start) whether a weekly mailing is due in an organization's time
// zone, and claims it. Claiming is the database's job (scheduled_runs), so any number of
// app instances may run this clock, and a restart inside the window does not send twice.
import { claimMailing, listOrganizationsForClock } from "@/lib/jobs/data/mailings";
import { dueMailings } from "./mailing-schedule";

/** Claims what is due at `now`; returns how many mailings this call started. */
export async function startDueMailings(now: Date): Promise<number> {
  let started = 0;
  for (const org of await listOrganizationsForClock()) {
    for (const due of dueMailings(org.timeZone, now)) {
      if (await claimMailing(org.id, due)) started++;
    }
  }
  return started;
}

export function startMailingClock(intervalMs = 60_000) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = startDueMailings(new Date()).catch((error) =>
      console.error("[mailings] the clock could not start the due mailings", (error as Error).message),
    );
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
