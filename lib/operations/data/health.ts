import "server-only";
// What GET /api/v1/health reports: whether the database answers, whether its schema is at
// the latest committed migration, and what the registered probes (the job queue) say.
// "degraded" (HTTP 503) when any of them is not fine, so that a load balancer sends no
// traffic to an instance that cannot serve.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { migrationStatus } from "@/db/migration-status";
import { runHealthProbes } from "@/lib/runtime/health-probes";
import { log } from "@/lib/runtime/log";

export interface HealthReport {
  status: "ok" | "degraded";
  database: "up" | "down";
  schema: { current: string | null; latest: string | null; pending: number } | null;
  checks: Record<string, { ok: boolean; [detail: string]: unknown }>;
}

export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return true;
  } catch (error) {
    log.error("health.database_down", { error });
    return false;
  }
}

export async function healthReport(): Promise<HealthReport> {
  const checks = await runHealthProbes();
  const probesOk = Object.values(checks).every((c) => c.ok);
  let schema: HealthReport["schema"] = null;
  try {
    const status = await migrationStatus(await getDb());
    schema = { current: status.current, latest: status.latest, pending: status.pending.length };
  } catch (error) {
    log.error("health.database_down", { error });
    return { status: "degraded", database: "down", schema, checks };
  }
  const ok = schema.pending === 0 && probesOk;
  return { status: ok ? "ok" : "degraded", database: "up", schema, checks };
}
