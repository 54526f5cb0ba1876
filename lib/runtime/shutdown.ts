// The one place that knows what must stop when the server shuts down. Anything that holds
// a resource across requests (the database pool, a job runner) registers a hook here;
// scripts/start.mjs runs them on SIGTERM after the last in-flight request has finished.
// The registry lives on globalThis because Next.js evaluates server code in several module
// graphs, and because scripts/start.mjs (plain JavaScript, outside the bundle) reads it.
//
// Phases: "stop" hooks (job runners, schedulers) run first and may still use the
// database; "close" hooks (the pool, the embedded database and its lock) run last.
import { log as appLog } from "./log";

export type ShutdownPhase = "stop" | "close";

interface ShutdownHook {
  name: string;
  phase: ShutdownPhase;
  run: () => Promise<void> | void;
}

interface Registry {
  hooks: Map<string, ShutdownHook>;
  /** What scripts/start.mjs calls: it cannot import this TypeScript module. */
  runAll: typeof runShutdownHooks;
}

const registryKey = Symbol.for("funnelmeter.shutdown");
type GlobalWithHooks = typeof globalThis & { [registryKey]?: Registry };

function registry(): Map<string, ShutdownHook> {
  const g = globalThis as GlobalWithHooks;
  g[registryKey] ??= { hooks: new Map(), runAll: runShutdownHooks };
  return g[registryKey].hooks;
}

/** Registers (or replaces, by name) a hook; returns a function that removes it. */
export function onShutdown(name: string, run: ShutdownHook["run"], phase: ShutdownPhase = "stop") {
  registry().set(name, { name, phase, run });
  return () => {
    if (registry().get(name)?.run === run) registry().delete(name);
  };
}

/** Runs every "stop" hook, then every "close" hook; a failing hook is logged, not fatal. */
export async function runShutdownHooks(
  log: (line: string) => void = (line) => appLog.info("shutdown", { result: line }),
): Promise<void> {
  for (const phase of ["stop", "close"] as const) {
    const hooks = [...registry().values()].filter((hook) => hook.phase === phase);
    await Promise.all(
      hooks.map(async (hook) => {
        try {
          await hook.run();
          log(`shutdown: ${hook.name} done`);
        } catch (error) {
          log(`shutdown: ${hook.name} failed: ${(error as Error).message}`);
        }
        registry().delete(hook.name);
      }),
    );
  }
}
