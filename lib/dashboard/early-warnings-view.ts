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

export interface EarlyWarningItem extends RatioWarning {
  memberId: string;
  memberName: string;
  ratioKey: string;
}

export interface EarlyWarningsInput {
  metrics: readonly MetricDefinition[];
  members: readonly { id: string; name: string; status: string }[];
  /** Every record of the WARNING_WINDOW_WEEKS weeks ending at toWeek. */
  records: readonly WeekRecord[];
  /** The last complete week: a rep who logged neither it nor the week before has no current signal. */
  toWeek: string;
}

export function earlyWarnings({ metrics, members, records, toWeek }: EarlyWarningsInput): EarlyWarningItem[] {
  const from = addIsoWeeks(toWeek, -(WARNING_WINDOW_WEEKS - 1));
  const inWindow = records.filter(
    (r) => compareIsoWeeks(r.week, from) >= 0 && compareIsoWeeks(r.week, toWeek) <= 0,
  );
  const ratios = ratioDefinitions(metrics).filter((ratio) => !ratio.involvesRetiredMetric);
  const byMember = groupBy(inWindow, (r) => r.memberId);
  const items: EarlyWarningItem[] = [];
  for (const member of members) {
    // An invited rep whose weeks a manager records sells too; a deactivated one no longer does.
    if (member.status === "deactivated") continue;
    const own = byMember.get(member.id) ?? [];
    for (const ratio of ratios) {
      const weeks = weeklyCounts(own, ratio.numeratorKey, ratio.denominatorKey);
      const latest = weeks.at(-1)?.week;
      if (!latest || compareIsoWeeks(latest, addIsoWeeks(toWeek, -1)) < 0) continue;
      const warning = currentWarning(weeks);
      if (warning)
        items.push({ memberId: member.id, memberName: member.name, ratioKey: ratio.key, ...warning });
    }
  }
  return items.sort((a, b) => b.weeks - a.weeks || a.memberName.localeCompare(b.memberName));
}
