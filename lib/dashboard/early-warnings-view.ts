// The manager's early warnings: for every rep who records weeks and every ratio of the funnel,
// the current control-chart signal (lib/kpi/early-warning.ts) over the weeks up to `toWeek`.
// A view-model function with no I/O, for the overview (or any page) to drop in beside the
// EarlyWarnings component; the caller loads the records of the weeks it covers.
import { currentWarning, type RatioWarning } from "@/lib/kpi/early-warning";
import { groupBy } from "@/lib/kpi/group-by";
import { ratioDefinitions } from "@/lib/kpi/ratios";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import { weeklyCounts } from "@/lib/kpi/weekly-counts";
import { addIsoWeeks, compareIsoWeeks } from "@/lib/weeks/iso-week";

/** Weeks of history a warning is judged on: half a year. */
export const WARNING_WINDOW_WEEKS = 26;

/** One rep's warning on one ratio, as judged; a name is added when it is shown. */
export interface MemberWarning extends RatioWarning {
  ratioKey: string;
}

export interface EarlyWarningItem extends MemberWarning {
  memberId: string;
  memberName: string;
}

export interface EarlyWarningsInput {
  metrics: readonly MetricDefinition[];
  members: readonly { id: string; name: string; status: string }[];
  /** Every record of the WARNING_WINDOW_WEEKS weeks ending at toWeek. */
  records: readonly WeekRecord[];
  /** The last complete week: a rep who logged neither it nor the week before has no current signal. */
  toWeek: string;
}

/** The ratios judged: those of metrics still in use. */
export const warningRatios = (metrics: readonly MetricDefinition[]) =>
  ratioDefinitions(metrics).filter((ratio) => !ratio.involvesRetiredMetric);

/**
 * Each given member's current signals, judged on their own records only (so that a stored
 * result stays true until that member's weeks change). Members with none are left out.
 */
export function judgeWarnings(
  metrics: readonly MetricDefinition[],
  memberIds: Iterable<string>,
  records: readonly WeekRecord[],
  toWeek: string,
): Map<string, MemberWarning[]> {
  const from = addIsoWeeks(toWeek, -(WARNING_WINDOW_WEEKS - 1));
  const inWindow = records.filter(
    (r) => compareIsoWeeks(r.week, from) >= 0 && compareIsoWeeks(r.week, toWeek) <= 0,
  );
  const ratios = warningRatios(metrics);
  const byMember = groupBy(inWindow, (r) => r.memberId);
  const judged = new Map<string, MemberWarning[]>();
  for (const memberId of memberIds) {
    const own = byMember.get(memberId) ?? [];
    const items: MemberWarning[] = [];
    for (const ratio of ratios) {
      const weeks = weeklyCounts(own, ratio.numeratorKey, ratio.denominatorKey);
      const latest = weeks.at(-1)?.week;
      if (!latest || compareIsoWeeks(latest, addIsoWeeks(toWeek, -1)) < 0) continue;
      const warning = currentWarning(weeks);
      if (warning) items.push({ ratioKey: ratio.key, ...warning });
    }
    if (items.length > 0) judged.set(memberId, items);
  }
  return judged;
}

/**
 * The warnings as the manager sees them: reps who sell (an invited rep whose weeks a manager
 * records sells too; a deactivated one no longer does), named, longest signals first.
 */
export function namedWarnings(
  members: EarlyWarningsInput["members"],
  judged: ReadonlyMap<string, readonly MemberWarning[]>,
): EarlyWarningItem[] {
  const items: EarlyWarningItem[] = [];
  for (const member of members) {
    if (member.status === "deactivated") continue;
    for (const warning of judged.get(member.id) ?? [])
      items.push({ memberId: member.id, memberName: member.name, ...warning });
  }
  return items.sort((a, b) => b.weeks - a.weeks || a.memberName.localeCompare(b.memberName));
}

export function earlyWarnings({ metrics, members, records, toWeek }: EarlyWarningsInput): EarlyWarningItem[] {
  const selling = members.filter((m) => m.status !== "deactivated").map((m) => m.id);
  return namedWarnings(members, judgeWarnings(metrics, selling, records, toWeek));
}
