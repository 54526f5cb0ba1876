import "server-only";
// goal.missed and warning.raised: not changes but judgements on a finished week, made by the
// Monday digest job (lib/jobs/mailing-jobs.ts) for last week. Once per member and week: the
// event id is derived from organization, type, member and week, and a delivery is stored
// once per event and endpoint, so a retried or repeated job sends nothing twice. The early
// warnings are the stored ones the manager's home shows (member_warnings): judged again only
// for reps whose weeks changed, and the same list the home names.
import crypto from "node:crypto";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { currentMemberWarnings } from "@/lib/dashboard/data/member-warnings";
import { type MemberWarning, namedWarnings } from "@/lib/dashboard/early-warnings-view";
import type { OrgContext } from "@/lib/data/tenant-tx";
import type { WebhookEventType } from "@/lib/domain";
import { listGoals } from "@/lib/goals/data/goals";
import { goalForWeek, type WeeklyGoal } from "@/lib/goals/goal-history";
import type { WeekRecord } from "@/lib/kpi/types";
import { emitWebhookEventsOnce } from "@/lib/webhooks/data/webhooks";
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

/** A UUID (version 8: custom) fixed by its parts. */
export function onceOnlyEventId(...parts: string[]): string {
  const bytes = crypto.createHash("sha256").update(parts.join("\u0000")).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Signal {
  type: WebhookEventType;
  memberId: string;
  data: Record<string, unknown>;
}

/**
 * Pure: the members whose own appointments goal for `week` was not reached (a week marked
 * not worked misses nothing; a week not recorded at all counts as 0 booked), and the members
 * with an early warning on the control chart up to that week (`warnings`, as judged).
 */
export function weeklySignals(input: {
  week: string;
  goals: readonly WeeklyGoal[];
  members: readonly { id: string; name: string; status: string }[];
  /** The records of `week`. */
  records: readonly WeekRecord[];
  /** Each member's early warnings judged up to `week` (judgeWarnings). */
  warnings: ReadonlyMap<string, readonly MemberWarning[]>;
}): Signal[] {
  const signals: Signal[] = [];
  const weekStart = mondayDateOfIsoWeek(input.week);
  for (const member of input.members) {
    if (member.status === "deactivated") continue;
    const goal = goalForWeek(input.goals, member.id, weekStart);
    if (!goal) continue;
    const record = input.records.find((r) => r.memberId === member.id && r.week === input.week);
    if (record?.notWorked) continue;
    const actual = record?.values.appointments ?? 0;
    if (actual < goal.appointments) {
      signals.push({
        type: "goal.missed",
        memberId: member.id,
        data: {
          memberId: member.id,
          week: input.week,
          goal: { appointments: goal.appointments },
          actual: { appointments: actual },
        },
      });
    }
  }
  // Deactivated members are left out, as on the home.
  const warnings = namedWarnings(input.members, input.warnings);
  for (const memberId of new Set(warnings.map((w) => w.memberId))) {
    signals.push({
      type: "warning.raised",
      memberId,
      data: {
        memberId,
        week: input.week,
        warnings: warnings
          .filter((w) => w.memberId === memberId)
          .map(({ memberId: _m, memberName: _n, ...warning }) => warning),
      },
    });
  }
  return signals;
}

/** Emits last week's signals for one organization (the digest job's context, an owner's view). */
export async function emitWeeklySignals(ctx: OrgContext, weekStart: string): Promise<void> {
  const week = isoWeekOfDate(weekStart);
  const [setup, records, goals] = await Promise.all([
    loadKpiSetup(ctx),
    loadWeekRecords(ctx, { fromWeekStart: weekStart, toWeekStart: weekStart }),
    listGoals(ctx),
  ]);
  const warnings = await currentMemberWarnings(ctx, setup.metrics, week);
  const signals = weeklySignals({ week, goals, members: setup.members, records, warnings });
  await emitWebhookEventsOnce(
    ctx.org,
    signals.map((s) => ({
      id: onceOnlyEventId(ctx.org.id, s.type, s.memberId, week),
      type: s.type,
      data: s.data,
    })),
  );
}
