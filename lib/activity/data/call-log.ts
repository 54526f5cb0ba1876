import "server-only";
// Call-log imports: the owner's saved column mapping, and an import that turns the rows
// into activity events (stored once per row, counted into the weeks like any other events).
import { eq } from "drizzle-orm";
import { callLogMappings } from "@/db/schema";
import { type CallLogImport, type CallLogMapping, parseCallLog } from "@/lib/activity/call-log";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext } from "@/lib/data/tenant-tx";
import { readFunnel } from "@/lib/entries/data/weeks";
import { ValidationError } from "@/lib/errors";
import { ingestActivity } from "./activity";

export async function loadCallLogMapping(ctx: OrgContext): Promise<CallLogMapping | null> {
  return inOrg(ctx, async (tx) => {
    const [row] = await tx.select().from(callLogMappings).where(eq(callLogMappings.orgId, ctx.org.id));
    return (row?.mapping as CallLogMapping | undefined) ?? null;
  });
}

/** Saves the mapping (outcomes only for active funnel metrics other than calls) and audits it. */
export async function saveCallLogMapping(ctx: OrgContext, mapping: CallLogMapping) {
  return inOrg(ctx, async (tx) => {
    const funnel = await readFunnel(tx, ctx);
    const unknown = Object.keys(mapping.outcomes).find(
      (key) => key === "calls" || !funnel.some((m) => m.key === key && !m.retired),
    );
    if (unknown) throw new ValidationError({ [`outcomes.${unknown}`]: { key: "unknownMetric" } });
    const [before] = await tx.select().from(callLogMappings).where(eq(callLogMappings.orgId, ctx.org.id));
    await tx
      .insert(callLogMappings)
      .values({ orgId: ctx.org.id, mapping, updatedByUserId: ctx.userId })
      .onConflictDoUpdate({
        target: callLogMappings.orgId,
        set: { mapping, updatedByUserId: ctx.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: "callLog.mappingSaved",
      subjectType: "call_log_mapping",
      before: before?.mapping ?? null,
      after: mapping,
    });
    return mapping;
  });
}

/** Imports the rows that can count; the others come back as problems, by line. */
export async function importCallLog(ctx: OrgContext, csv: string, notAfter: string): Promise<CallLogImport> {
  const mapping = await loadCallLogMapping(ctx);
  if (!mapping) throw new ValidationError({ csv: { key: "callLogNoMapping" } });
  const parsed = parseCallLog(csv, mapping, ctx.org.timeZone);
  if (!parsed.ok) throw new ValidationError({ csv: parsed.error });
  const events = parsed.rows.flatMap((row) => row.events.map((event) => ({ event, line: row.line })));
  const outcome =
    events.length > 0
      ? await ingestActivity(
          ctx,
          events.map((e) => e.event),
          notAfter,
        )
      : null;
  const problems = [...parsed.errors];
  const lineOf = (index: number) => events[index]?.line ?? 0;
  for (const rejected of outcome?.rejected ?? []) {
    for (const [field, message] of Object.entries(rejected.errors)) {
      // A row's call and its outcomes fail alike: one problem per line and column.
      const line = lineOf(rejected.index);
      const column = field === "member" ? "email" : field;
      const known = problems.some((p) => p.line === line && p.field === column);
      if (!known) problems.push({ line, field: column, message });
    }
  }
  const calls = (outcome?.accepted ?? []).filter((a) => a.metric === "calls");
  return {
    rows: parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size,
    callsAdded: calls.filter((a) => !a.duplicate).length,
    duplicates: calls.filter((a) => a.duplicate).length,
    problems: problems.sort((a, b) => a.line - b.line),
  };
}
