// `npm run bench`: seeds 500 reps x 156 weeks into a fresh database on the local
// PostgreSQL server (or PGlite with --driver pglite) and times what the issues ask about.
// Prints the figures and writes them to bench-results/latest.json.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { adminDatabaseUrl, withDatabaseName } from "@/db/test/local-postgres";

const { values } = parseArgs({
  options: {
    driver: { type: "string", default: "postgres" },
    reps: { type: "string", default: "500" },
    weeks: { type: "string", default: "156" },
  },
});
const reps = Number(values.reps);
const weeks = Number(values.weeks);

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: Math.round((performance.now() - start) * 10) / 10 };
}

async function main() {
  let cleanup = async () => {};
  if (values.driver === "postgres") {
    const adminUrl = adminDatabaseUrl();
    const name = `funnelmeter_bench_${crypto.randomBytes(4).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    process.env.DATABASE_URL = withDatabaseName(adminUrl, name);
    cleanup = async () => {
      const c = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await c.unsafe(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    delete process.env.DATABASE_URL;
    process.env.FUNNELMETER_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "funnelmeter-bench-"));
  }
  const { createOrgWithOwner, operatorContext, seedBenchHistory } = await import("@/lib/admin/data/admin");
  const { loadKpiSetup, loadWeekRecords } = await import("@/lib/dashboard/data/kpi-data");
  const { computeKpis } = await import("@/lib/kpi/kpis");
  const { weeklySeries } = await import("@/lib/kpi/trends");
  const { whatIf } = await import("@/lib/kpi/what-if");
  const { closeDatabase } = await import("@/lib/data/lifecycle");
  const { seedDemo } = await import("@/lib/admin/data/demo");
  const { backtestForecasts } = await import("./forecast-backtest");
  try {
    await createOrgWithOwner({
      name: "Bench",
      slug: "bench",
      ownerEmail: "bench@bench.funnelmeter.test",
      ownerPassword: "bench password 1",
      today: new Date().toISOString().slice(0, 10),
    });
    const ctx = await operatorContext("bench");
    const seed = await timed(() => seedBenchHistory(ctx, { reps, weeks, seed: 1, now: new Date() }));
    const setup = await loadKpiSetup(ctx);
    const all = await timed(() =>
      loadWeekRecords(ctx, { fromWeekStart: "2000-01-03", toWeekStart: "2100-01-04" }),
    );
    const kpis = await timed(async () =>
      computeKpis({ metrics: setup.metrics, weeks: all.result, relativePrecision: setup.relativePrecision }),
    );
    const sortedWeeks = [...new Set(all.result.map((w) => w.week))].sort();
    const last13 = sortedWeeks.slice(-13);
    const team13 = await timed(async () => {
      const records = all.result.filter((w) => last13.includes(w.week));
      return computeKpis({ metrics: setup.metrics, weeks: records });
    });
    const series = await timed(async () =>
      weeklySeries({
        metrics: setup.metrics,
        weeks: all.result,
        fromWeek: sortedWeeks[0] as string,
        toWeek: sortedWeeks.at(-1) as string,
      }),
    );
    const plan = await timed(async () =>
      whatIf({
        calls: kpis.result.totals.calls ?? 0,
        conversations: kpis.result.totals.conversations ?? 0,
        appointments: kpis.result.totals.appointments ?? 0,
        appointmentsPerDay: 3,
      }),
    );
    // Forecast calibration on the stored history: the team and the first 25 reps, an origin
    // every 4 weeks (every origin of 500 reps would take minutes and say nothing more).
    const benchBacktest = await timed(async () =>
      backtestForecasts(all.result, {
        memberIds: [...new Set(all.result.map((w) => w.memberId))].sort().slice(0, 25),
        originStep: 4,
      }),
    );
    await seedDemo(new Date());
    const demoRecords = await loadWeekRecords(await operatorContext("demo"), {
      fromWeekStart: "2000-01-03",
      toWeekStart: "2100-01-04",
    });
    // The demo has eight weeks of trainees who get better every week: a hard case for any forecast.
    const demoBacktest = backtestForecasts(demoRecords, { minWeeks: 4 });
    const figures = {
      measuredAt: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
      driver: values.driver,
      seedBench: { reps, weeks, rows: seed.result.rows, seconds: seed.ms / 1000, budgetSeconds: 120 },
      loadAllWeekRecordsMs: all.ms,
      computeKpisAllRowsMs: kpis.ms,
      computeKpisLast13WeeksMs: team13.ms,
      weeklySeriesAllWeeksMs: series.ms,
      whatIfMs: plan.ms,
      forecastBacktest: {
        promise: "the 80% band (p10..p90) holds 75-92% of the weeks that then happen",
        seedBench: { ...benchBacktest.result, ms: benchBacktest.ms },
        demo: demoBacktest,
      },
    };
    fs.mkdirSync("bench-results", { recursive: true });
    fs.writeFileSync(`bench-results/latest-${values.driver}.json`, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await closeDatabase();
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
