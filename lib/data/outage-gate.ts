import "server-only";
// Fail fast while the database is down. Without this, every request of a busy server
// waits for its own connection attempts during an outage (up to DATABASE_CONNECT_TIMEOUT
// each, several per request), so clients wait far longer than the outage itself. Once a
// transaction fails because the database cannot be reached, the next ones fail at once
// with the same clear error, except one probe a second that tries the database for real;
// the first probe that succeeds opens the gate again.
import { isDatabaseOutage } from "@/lib/runtime/outage";

const PROBE_EVERY_MS = 1000;

class DatabaseUnavailableError extends Error {
  readonly code = "DATABASE_UNAVAILABLE";
  constructor() {
    super("The database could not be reached a moment ago; not trying again before the next probe");
  }
}

interface GateState {
  down: boolean;
  nextProbeAt: number;
  /** When the last transaction that succeeded had started. */
  lastOkStartedAt: number;
}

const key = Symbol.for("funnelmeter.outageGate");
type GlobalWithGate = typeof globalThis & { [key]?: GateState };

function state(): GateState {
  const g = globalThis as GlobalWithGate;
  g[key] ??= { down: false, nextProbeAt: 0, lastOkStartedAt: 0 };
  return g[key];
}

export async function throughOutageGate<T>(work: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const gate = state();
  const startedAt = now();
  if (gate.down) {
    if (startedAt < gate.nextProbeAt) throw new DatabaseUnavailableError();
    gate.nextProbeAt = startedAt + PROBE_EVERY_MS; // this request is the probe
  }
  try {
    const result = await work();
    gate.down = false;
    gate.lastOkStartedAt = Math.max(gate.lastOkStartedAt, startedAt);
    return result;
  } catch (error) {
    // A transaction that began before the database came back can fail late (its
    // connection attempt timed out during the outage). Once a younger one has succeeded,
    // that failure is old news and must not close the gate again: the CI fault run saw
    // a request fail 5 s after recovery that way.
    const stale = startedAt < gate.lastOkStartedAt;
    if (isDatabaseOutage(error) && !(error instanceof DatabaseUnavailableError)) {
      if (!stale) {
        if (!gate.down) gate.nextProbeAt = now() + PROBE_EVERY_MS;
        gate.down = true;
      }
    } else if (!isDatabaseOutage(error)) {
      gate.down = false; // the database answered (with an error of another kind)
    }
    throw error;
  }
}

/** Tests only: forget what the gate has seen. */
export function resetOutageGate(): void {
  delete (globalThis as GlobalWithGate)[key];
}
