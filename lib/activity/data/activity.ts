import "server-only";
// Activity from other systems: store each valid event once (the sender's id is unique per
// organization), then recount the weeks it touched. A count fills a metric unless a person
// corrected it; the events stay, so a week shows both sources.
import { and, eq, sql } from "drizzle-orm";
import { activityEvents, members, weeklyEntries } from "@/db/schema";
import { type ResolvedEvent, resolveEvent, weekKey } from "@/lib/activity/events";
import { countedFromSums, NO_SOURCES, withNewCounts } from "@/lib/activity/sources";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { readFunnel, weekSavedEvent } from "@/lib/entries/data/weeks";
import type { ErrorMessage } from "@/lib/errors";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import { eventsOfMemberWeek } from "./activity-corrections";

export interface IngestOutcome {
  accepted: {
    index: number;
    id: string;
    memberId: string;
    week: string;
    metric: string;
    duplicate: boolean;
  }[];
  rejected: { index: number; id: string | null; errors: Record<string, ErrorMessage> }[];
}

const idOf = (raw: unknown) =>
  raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
    ? (raw as { id: string }).id
    : null;

/** Stores the valid events of a batch and recounts their weeks, in one transaction. */
export async function ingestActivity(ctx: OrgContext, batch: readonly unknown[], notAfter: string) {
  return inOrg(ctx, async (tx) => {
    const funnel = await readFunnel(tx, ctx);
    const people = await tx
      .select({ id: members.id, email: members.email })
      .from(members)
      .where(eq(members.orgId, ctx.org.id));
    const notWorked = await notWorkedWeeks(tx, ctx);
    const outcome: IngestOutcome = { accepted: [], rejected: [] };
    const valid: { index: number; event: ResolvedEvent }[] = [];
    batch.forEach((raw, index) => {
      const resolution = resolveEvent(raw, {
        funnel,
        members: people,
        timeZone: ctx.org.timeZone,
        notAfter,
        notWorked,
      });
      if (resolution.ok) valid.push({ index, event: resolution.event });
      else outcome.rejected.push({ index, id: idOf(raw), errors: resolution.errors });
    });

    const inserted = new Set<string>();
    if (valid.length > 0) {
      const rows = await tx
        .insert(activityEvents)
        .values(valid.map(({ event }) => ({ orgId: ctx.org.id, ...withoutWeek(event) })))
        .onConflictDoNothing({ target: [activityEvents.orgId, activityEvents.eventId] })
        .returning({ eventId: activityEvents.eventId });
      for (const row of rows) inserted.add(row.eventId);
    }
    const counted = new Set<string>();
    for (const { index, event } of valid) {
      // The first of a batch's repeats is the one stored; the others, and ids stored by an
      // earlier batch, are duplicates that count nothing.
      const duplicate = !inserted.has(event.eventId) || counted.has(event.eventId);
      counted.add(event.eventId);
      outcome.accepted.push({
        index,
        id: event.eventId,
        memberId: event.memberId,
        week: event.week,
        metric: event.metricKey,
        duplicate,
      });
    }
    const touched = [
      ...new Map(
        valid
          .filter(({ event }) => inserted.has(event.eventId))
          .map(({ event }) => [weekKey(event.memberId, event.weekStart), event]),
      ).values(),
    ].sort((a, b) => weekKey(a.memberId, a.weekStart).localeCompare(weekKey(b.memberId, b.weekStart)));
    const talkMetric = funnel.some((m) => m.key === "talkMinutes" && !m.retired) ? "talkMinutes" : null;
    for (const week of touched) await recountWeek(tx, ctx, week.memberId, week.weekStart, talkMetric);

    // A batch whose every event was refused is a refused request: it stores nothing at all.
    if (outcome.accepted.length === 0) return outcome;
    await recordAudit(tx, ctx, {
      action: "activity.received",
      subjectType: "activity",
      after: {
        accepted: outcome.accepted.filter((a) => !a.duplicate).length,
        duplicates: outcome.accepted.filter((a) => a.duplicate).length,
        rejected: outcome.rejected.length,
        weeks: touched.map((w) => weekKey(w.memberId, w.weekStart)),
      },
    });
    return outcome;
  });
}

function withoutWeek(event: ResolvedEvent) {
  const { week: _label, ...row } = event;
  return row;
}

async function notWorkedWeeks(tx: Tx, ctx: OrgContext) {
  const rows = await tx
    .select({ memberId: weeklyEntries.memberId, weekStart: weeklyEntries.weekStart })
    .from(weeklyEntries)
    .where(and(eq(weeklyEntries.orgId, ctx.org.id), eq(weeklyEntries.notWorked, true)));
  return new Set(rows.map((r) => weekKey(r.memberId, r.weekStart)));
}

/** Locks the member's week (creating it), sums its events and stores the merged sources. */
async function recountWeek(
  tx: Tx,
  ctx: OrgContext,
  memberId: string,
  weekStart: string,
  talkMetric: string | null,
) {
  const where = and(
    eq(weeklyEntries.orgId, ctx.org.id),
    eq(weeklyEntries.memberId, memberId),
    eq(weeklyEntries.weekStart, weekStart),
  );
  await tx
    .insert(weeklyEntries)
    .values({ orgId: ctx.org.id, memberId, weekStart, version: 0 })
    .onConflictDoNothing();
  const [current] = await tx.select().from(weeklyEntries).where(where).for("update");
  if (!current) return;
  const sums = await tx
    .select({
      metricKey: activityEvents.metricKey,
      count: sql<number>`sum(${activityEvents.count})::float8`.mapWith(Number),
      durationSeconds: sql<number>`sum(${activityEvents.durationSeconds})::float8`.mapWith(Number),
    })
    .from(activityEvents)
    .where(eventsOfMemberWeek(ctx, memberId, weekStart))
    .groupBy(activityEvents.metricKey);
  const next = withNewCounts(
    current.version === 0 ? NO_SOURCES : current,
    countedFromSums(sums, talkMetric),
    current.updatedAt.toISOString(),
  );
  await tx
    .update(weeklyEntries)
    .set({ ...next, version: current.version + 1, updatedByUserId: null, updatedAt: new Date() })
    .where(where);
  await weekSavedEvent(
    tx,
    ctx,
    memberId,
    isoWeekOfDate(weekStart),
    { values: next.values, notWorked: current.notWorked },
    current.version + 1,
  );
}
