import "server-only";
// Reps' weeks: the one write path (form, REST API and CSV import all call upsertWeek) and
// the reads behind the week form and the week grid. A rep may write only their own
// member's weeks; another member's id is "not found", so existence does not leak.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { members, users, weeklyEntries } from "@/db/schema";
import { eventsAfterCorrections } from "@/lib/activity/data/activity-corrections";
import { correctionsOf, NO_SOURCES, withCountsFilledIn } from "@/lib/activity/sources";
import { recordAudit } from "@/lib/data/audit";
import { inPages, after as keysetAfter, PAGE_ROWS, type RowOf } from "@/lib/data/pages";
import { rowsOf } from "@/lib/data/sql-rows";
import { inOrg, inOrgSnapshot, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { inWeekRange, memberIdsWithWeeks } from "@/lib/data/week-range";
import { type RawValue, sameWeek, validateWeek } from "@/lib/entries/validate-week";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { MetricDefinition } from "@/lib/kpi/types";
import { can } from "@/lib/permissions";
import { memberColumns } from "@/lib/teams/data/members";
import { emitWebhookEvent } from "@/lib/webhooks/data/webhooks";
import { addDaysTo } from "@/lib/weeks/calendar";
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { funnelRows, metricDefinition } from "./funnel";

export interface WeekWrite {
  memberId: string;
  /** The Monday of the ISO week, "YYYY-MM-DD". */
  weekStart: string;
  values: Readonly<Record<string, RawValue>>;
  notWorked: boolean;
  /** The version the editor started from; 0 = "there was no week yet". Omit to overwrite. */
  expectedVersion?: number;
  confirmedLargeValues?: boolean;
  /** The latest Monday that may be written (the current week's); later weeks are refused. */
  notAfter?: string;
  /**
   * The weekly form says whether the person confirmed a week that ended before their start
   * date (false: refuse such a week). The API and the import leave it out: they write
   * history on purpose.
   */
  confirmedBeforeStart?: boolean;
}

export interface StoredWeek {
  memberId: string;
  weekStart: string;
  week: string;
  values: Record<string, number>;
  notWorked: boolean;
  version: number;
  /** False when the same week was already stored (a double click, a retry). */
  changed: boolean;
}

/** Idempotent upsert with optimistic concurrency and an audit event with before and after. */
export async function upsertWeek(ctx: OrgContext, input: WeekWrite): Promise<StoredWeek> {
  return inOrg(ctx, (tx) => upsertWeekInTx(tx, ctx, input));
}

/** The same, inside a caller's transaction (the all-or-nothing CSV import). */
export async function upsertWeekInTx(
  tx: Tx,
  ctx: OrgContext,
  input: WeekWrite,
  funnel?: readonly MetricDefinition[],
): Promise<StoredWeek> {
  const member = await assertMayWriteWeeksOf(tx, ctx, input.memberId);
  const week = weekOfMonday(input.weekStart);
  if (!week) throw new ValidationError({ week: { key: "invalidIsoWeek" } });
  if (input.notAfter && input.weekStart > input.notAfter) {
    throw new ValidationError({ week: { key: "futureWeek" } });
  }
  if (input.confirmedBeforeStart === false && weekEndsBeforeStart(input.weekStart, member.startedOn)) {
    throw new ValidationError({ confirmedBeforeStart: { key: "weekBeforeStart" } });
  }
  const where = and(
    eq(weeklyEntries.orgId, ctx.org.id),
    eq(weeklyEntries.memberId, input.memberId),
    eq(weeklyEntries.weekStart, input.weekStart),
  );
  const [current] = await tx.select().from(weeklyEntries).where(where).for("update");
  // What other systems counted stands wherever the person left a field blank.
  const validation = validateWeek({
    metrics: funnel ?? (await readFunnel(tx, ctx)),
    values: withCountsFilledIn(current?.counted ?? {}, input.values),
    notWorked: input.notWorked,
    confirmedLargeValues: input.confirmedLargeValues ?? false,
  });
  if (!validation.ok) throw new ValidationError(validation.errors);
  const next = { values: validation.values, notWorked: validation.notWorked };
  const correctedAt = correctionsOf(current ?? NO_SOURCES, next.values, new Date().toISOString());
  const stored = (version: number, changed: boolean): StoredWeek => ({
    memberId: input.memberId,
    weekStart: input.weekStart,
    week,
    ...next,
    version,
    changed,
  });

  if (current && sameWeek(current, next)) return stored(current.version, false);
  const expected = input.expectedVersion;
  if (expected !== undefined && expected !== (current?.version ?? 0)) {
    throw new ConflictError({ key: "weekChangedMeanwhile" });
  }

  const replaceWeek = async (existing: typeof weeklyEntries.$inferSelect) => {
    // A person's different number wins over what events counted (lib/activity/sources.ts).
    const corrected = correctionsOf(existing, next.values, new Date().toISOString());
    const [updated] = await tx
      .update(weeklyEntries)
      .set({
        ...next,
        correctedAt: corrected,
        version: existing.version + 1,
        updatedByUserId: ctx.userId,
        updatedAt: new Date(),
      })
      .where(and(where, eq(weeklyEntries.version, existing.version)))
      .returning({ version: weeklyEntries.version });
    if (!updated) throw new ConflictError({ key: "weekChangedMeanwhile" });
    await weekSavedEvent(tx, ctx, input.memberId, week, next, updated.version);
    await auditWeek(
      tx,
      ctx,
      input,
      week,
      {
        values: existing.values,
        notWorked: existing.notWorked,
        corrected: Object.keys(existing.correctedAt),
      },
      { ...next, corrected: Object.keys(corrected) },
    );
    return stored(updated.version, true);
  };

  if (!current) {
    const [inserted] = await tx
      .insert(weeklyEntries)
      .values({
        orgId: ctx.org.id,
        memberId: input.memberId,
        weekStart: input.weekStart,
        ...next,
        correctedAt,
        updatedByUserId: ctx.userId,
      })
      .onConflictDoNothing()
      .returning({ version: weeklyEntries.version });
    if (!inserted) {
      // Someone created the week between our read and our insert: fine if it is the same
      // week; without a version the writer did not ask to be warned, so the later write wins
      // as it would have a moment later.
      const [raced] = await tx.select().from(weeklyEntries).where(where).for("update");
      if (raced && sameWeek(raced, next)) return stored(raced.version, false);
      if (!raced || expected !== undefined) throw new ConflictError({ key: "weekChangedMeanwhile" });
      return replaceWeek(raced);
    }
    await weekSavedEvent(tx, ctx, input.memberId, week, next, inserted.version);
    await auditWeek(tx, ctx, input, week, null, next);
    return stored(inserted.version, true);
  }

  return replaceWeek(current);
}

/** "2026-W47" for a Monday "YYYY-MM-DD"; null for anything else. */
function weekOfMonday(date: string): string | null {
  try {
    const week = isoWeekOfDate(date);
    return mondayDateOfIsoWeek(week) === date ? week : null;
  } catch {
    return null;
  }
}

/** week.saved for webhooks, in the transaction that stores the week (also used by activity). */
export async function weekSavedEvent(
  tx: Tx,
  ctx: OrgContext,
  memberId: string,
  week: string,
  saved: { values: Record<string, number>; notWorked: boolean },
  version: number,
) {
  await emitWebhookEvent(tx, ctx.org, "week.saved", {
    memberId,
    week,
    values: saved.values,
    notWorked: saved.notWorked,
    version,
  });
}

async function auditWeek(
  tx: Tx,
  ctx: OrgContext,
  input: WeekWrite,
  week: string,
  before: { values: Record<string, number>; notWorked: boolean; corrected?: string[] } | null,
  after: { values: Record<string, number>; notWorked: boolean; corrected?: string[] },
) {
  await recordAudit(tx, ctx, {
    action: before ? "week.updated" : "week.created",
    subjectType: "weekly_entry",
    subjectId: `${input.memberId}/${week}`,
    before,
    after,
  });
}

/** True when the whole week (Monday to Sunday) lies before the member's start date. */
export function weekEndsBeforeStart(weekStart: string, startedOn: string | null): boolean {
  if (!startedOn) return false;
  return addDaysTo(weekStart, 6) < startedOn;
}

/** Reps write their own weeks; managers and owners anyone's in the organization. */
async function assertMayWriteWeeksOf(tx: Tx, ctx: OrgContext, memberId: string) {
  if (!can(ctx.role, "entries.write.any")) {
    if (!can(ctx.role, "entries.write.own") || ctx.member?.id !== memberId) throw new NotFoundError("member");
  }
  return findMemberInTx(tx, ctx, memberId);
}

/**
 * Deletes a week saved by mistake (the wrong week, the wrong person). The version the
 * editor saw must still be the stored one; the audit event keeps what was deleted.
 */
export async function deleteWeek(
  ctx: OrgContext,
  input: { memberId: string; weekStart: string; expectedVersion: number },
): Promise<{ week: string }> {
  return inOrg(ctx, async (tx) => {
    await assertMayWriteWeeksOf(tx, ctx, input.memberId);
    const week = weekOfMonday(input.weekStart);
    if (!week) throw new ValidationError({ week: { key: "invalidIsoWeek" } });
    const where = and(
      eq(weeklyEntries.orgId, ctx.org.id),
      eq(weeklyEntries.memberId, input.memberId),
      eq(weeklyEntries.weekStart, input.weekStart),
    );
    const [current] = await tx.select().from(weeklyEntries).where(where).for("update");
    if (!current) throw new NotFoundError("week");
    if (current.version !== input.expectedVersion) throw new ConflictError({ key: "weekChangedMeanwhile" });
    await tx.delete(weeklyEntries).where(and(where, eq(weeklyEntries.version, current.version)));
    await recordAudit(tx, ctx, {
      action: "week.deleted",
      subjectType: "weekly_entry",
      subjectId: `${input.memberId}/${week}`,
      before: { values: current.values, notWorked: current.notWorked },
      after: null,
    });
    return { week };
  });
}

async function findMemberInTx(tx: Tx, ctx: OrgContext, memberId: string) {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  const [member] = await tx
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      status: members.status,
      startedOn: members.startedOn,
    })
    .from(members)
    .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)));
  if (!member) throw new NotFoundError("member");
  return member;
}

export async function readFunnel(tx: Tx, ctx: OrgContext): Promise<MetricDefinition[]> {
  return (await funnelRows(tx, ctx)).map(metricDefinition);
}

/** Reps read their own weeks; managers anyone's. */
function assertMayReadWeeksOf(ctx: OrgContext, memberId: string) {
  if (!can(ctx.role, "entries.read.any") && ctx.member?.id !== memberId) throw new NotFoundError("member");
}

/** The week form: the member, their week and the week before it (shown for reference). */
export async function loadWeekForm(
  ctx: OrgContext,
  memberId: string,
  weekStart: string,
  previousWeekStart: string,
) {
  assertMayReadWeeksOf(ctx, memberId);
  return inOrg(ctx, async (tx) => {
    const member = await findMemberInTx(tx, ctx, memberId);
    const rows = await tx
      .select()
      .from(weeklyEntries)
      .where(
        and(
          eq(weeklyEntries.orgId, ctx.org.id),
          eq(weeklyEntries.memberId, memberId),
          inArray(weeklyEntries.weekStart, [weekStart, previousWeekStart]),
        ),
      );
    const pick = (start: string) => {
      const row = rows.find((r) => r.weekStart === start);
      return row ? { values: row.values, notWorked: row.notWorked, version: row.version } : null;
    };
    const current = rows.find((r) => r.weekStart === weekStart);
    // What other systems counted this week, and what the member corrected (and since then).
    const sources = {
      counted: current?.counted ?? {},
      correctedAt: current?.correctedAt ?? {},
      eventsAfterCorrection: current
        ? await eventsAfterCorrections(tx, ctx, memberId, weekStart, current.correctedAt)
        : {},
    };
    return { member, entry: pick(weekStart), previous: pick(previousWeekStart), sources };
  });
}

/** One member's weeks in a range (the REST API's GET .../weeks). */
export async function listMemberWeeks(
  ctx: OrgContext,
  memberId: string,
  fromWeekStart: string,
  toWeekStart: string,
) {
  assertMayReadWeeksOf(ctx, memberId);
  return inOrg(ctx, async (tx) => {
    await findMemberInTx(tx, ctx, memberId);
    const rows = await tx
      .select()
      .from(weeklyEntries)
      .where(inWeekRange(weeklyEntries, ctx.org.id, { fromWeekStart, toWeekStart, memberId }))
      .orderBy(asc(weeklyEntries.weekStart));
    return rows.map((r) => ({
      memberId,
      week: isoWeekOfDate(r.weekStart),
      metrics: r.values,
      notWorked: r.notWorked,
      version: r.version,
    }));
  });
}

export type GridCell = "filled" | "notWorked";

/** The week grid: who logged which week (managers), everyone but deactivated members. */
export async function loadWeekGrid(ctx: OrgContext, fromWeekStart: string, toWeekStart: string) {
  return inOrg(ctx, async (tx) => {
    const people = await tx
      .select(memberColumns)
      .from(members)
      .where(and(eq(members.orgId, ctx.org.id), inArray(members.status, ["active", "invited"])))
      .orderBy(asc(members.name), asc(members.id));
    // Plain rows: the query builder's per-field mapping cost more than the read for 500 reps.
    const entries = rowsOf<{ member_id: string; week_start: string; not_worked: boolean }>(
      await tx.execute(sql`
        select ${weeklyEntries.memberId}::text as member_id, ${weeklyEntries.weekStart}::text as week_start,
          ${weeklyEntries.notWorked} as not_worked
        from ${weeklyEntries}
        where ${inWeekRange(weeklyEntries, ctx.org.id, { fromWeekStart, toWeekStart })}`),
    );
    // Who logs weeks at all (any week, ever): a manager or owner who sells owes weeks too.
    const logsWeeks = await memberIdsWithWeeks(tx, ctx.org.id);
    const cells: Record<string, Record<string, GridCell>> = {};
    for (const e of entries) {
      cells[e.member_id] ??= {};
      (cells[e.member_id] as Record<string, GridCell>)[e.week_start] = e.not_worked ? "notWorked" : "filled";
    }
    return people.map((p) => ({ ...p, logsWeeks: logsWeeks.has(p.id), weeks: cells[p.id] ?? {} }));
  });
}

/** A reminder is no data change, but who nudged whom belongs in the audit log. */
export async function recordReminder(
  ctx: OrgContext,
  memberId: string,
  weekStart: string,
  delivered: boolean,
) {
  return inOrg(ctx, async (tx) => {
    const member = await findMemberInTx(tx, ctx, memberId);
    await recordAudit(tx, ctx, {
      action: "week.reminder_sent",
      subjectType: "member",
      subjectId: memberId,
      after: { week: isoWeekOfDate(weekStart), delivered },
    });
    return member;
  });
}

/** Who a reminder goes to, in their own language when they have an account. */
/** The member to remind, with what decides whether the week is theirs to fill in. */
export async function findMemberForReminder(ctx: OrgContext, memberId: string, weekStart: string) {
  if (!isUuid(memberId)) throw new NotFoundError("member");
  return inOrg(ctx, async (tx) => {
    const [member] = await tx
      .select({
        id: members.id,
        name: members.name,
        email: members.email,
        locale: users.locale,
        role: members.role,
        status: members.status,
        startedOn: members.startedOn,
      })
      .from(members)
      .leftJoin(users, eq(users.id, members.userId))
      .where(and(eq(members.orgId, ctx.org.id), eq(members.id, memberId)));
    if (!member) throw new NotFoundError("member");
    const entries = await tx
      .select({ weekStart: weeklyEntries.weekStart, notWorked: weeklyEntries.notWorked })
      .from(weeklyEntries)
      .where(and(eq(weeklyEntries.orgId, ctx.org.id), eq(weeklyEntries.memberId, memberId)));
    const entry = entries.find((e) => e.weekStart === weekStart);
    return {
      ...member,
      logsWeeks: entries.length > 0,
      recorded: entry ? (entry.notWorked ? ("notWorked" as const) : ("filled" as const)) : undefined,
    };
  });
}

const allWeeksColumns = {
  memberId: weeklyEntries.memberId,
  email: members.email,
  weekStart: weeklyEntries.weekStart,
  values: weeklyEntries.values,
  notWorked: weeklyEntries.notWorked,
  version: weeklyEntries.version,
};

type AllWeeksRow = RowOf<typeof allWeeksColumns>;

/**
 * Everyone's weeks, by member e-mail then week, a page at a time in one snapshot (the weeks
 * download: memory holds a page, not the whole history).
 */
export async function eachPageOfWeeks(
  ctx: OrgContext,
  onPage: (weeks: AllWeeksRow[]) => Promise<void>,
  pageRows = PAGE_ROWS,
): Promise<void> {
  await inOrgSnapshot(ctx, async (tx) => {
    const pages = inPages<AllWeeksRow>(
      (last, limit) =>
        tx
          .select(allWeeksColumns)
          .from(weeklyEntries)
          .innerJoin(
            members,
            and(eq(members.orgId, weeklyEntries.orgId), eq(members.id, weeklyEntries.memberId)),
          )
          .where(
            and(
              eq(weeklyEntries.orgId, ctx.org.id),
              last
                ? keysetAfter([members.email, weeklyEntries.weekStart], [last.email, last.weekStart])
                : undefined,
            ),
          )
          .orderBy(asc(members.email), asc(weeklyEntries.weekStart))
          .limit(limit),
      pageRows,
    );
    for await (const page of pages) await onPage(page);
  });
}

/** Everyone's weeks in one list, in the download's order. */
export async function listAllWeeks(ctx: OrgContext): Promise<AllWeeksRow[]> {
  const weeks: AllWeeksRow[] = [];
  await eachPageOfWeeks(ctx, async (page) => {
    weeks.push(...page);
  });
  return weeks;
}
