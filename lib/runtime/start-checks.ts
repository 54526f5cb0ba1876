// The production start's one check (instrumentation.ts): the configuration, then the
// database. On any problem it prints the whole list and ends the process, so an instance
// that cannot work never takes traffic.
import { checkDatabaseAtStart } from "@/lib/operations/data/startup-checks";
import { configurationProblems } from "./config";
import { log } from "./log";

export async function refuseToStartUnlessReady(): Promise<void> {
  const problems = configurationProblems();
  if (problems.length === 0) {
    const database = await checkDatabaseAtStart();
    problems.push(...database.problems);
    if (database.outage) {
      log.warn("start.database_down", { error: database.outage, note: "serving 503 until it is back" });
    }
  }
  if (problems.length === 0) return;
  console.error(
    `Funnelmeter refuses to start; fix the following and start again:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
