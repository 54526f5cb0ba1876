// Parts of the app that report on /api/v1/health besides the database (the job queue's
// lag, once the job runner registers its probe). On globalThis: Next.js evaluates server
// code in several module graphs, and a probe registered in one must be seen by the route.
export interface ProbeResult {
  ok: boolean;
  [detail: string]: unknown;
}

type Probe = () => Promise<ProbeResult>;

const key = Symbol.for("funnelmeter.healthProbes");
type GlobalWithProbes = typeof globalThis & { [key]?: Map<string, Probe> };

function probes(): Map<string, Probe> {
  const g = globalThis as GlobalWithProbes;
  g[key] ??= new Map();
  return g[key];
}

/** e.g. addHealthProbe("jobs", async () => ({ ok: lagSeconds < 300, lagSeconds })); returns its removal. */
export function addHealthProbe(name: string, probe: Probe): () => void {
  probes().set(name, probe);
  return () => {
    if (probes().get(name) === probe) probes().delete(name);
  };
}

export async function runHealthProbes(): Promise<Record<string, ProbeResult>> {
  const entries = await Promise.all(
    [...probes()].map(async ([name, probe]) => {
      try {
        return [name, await probe()] as const;
      } catch (error) {
        return [name, { ok: false, error: (error as Error).message }] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
