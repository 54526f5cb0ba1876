import "server-only";
// What the benchmark reads, for the page and GET /benchmark alike (so both give the same
// figures): the funnel, the members, who sells, and then only what the comparison needs, the
// candidate's and one reference rep's weeks, or the team's counts summed by the database
// (lib/dashboard/data/tenure-sums.ts). Never every record of the organization's history.
import { TEAM_REFERENCE } from "@/lib/dashboard/benchmark-view";
import { loadKpiSetup, loadWeekRecords, sellingMemberIds } from "@/lib/dashboard/data/kpi-data";
import { loadTenureSums } from "@/lib/dashboard/data/tenure-sums";
import type { OrgContext } from "@/lib/data/tenant-tx";
import {
  compareTenureCells,
  ratioKeys,
  recordedByTenure,
  type TenureCell,
  type TenureComparison,
} from "@/lib/kpi/benchmark";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

export async function loadBenchmarkData(ctx: OrgContext, now = new Date()) {
  // Last week is the last complete one: the current week is still being logged.
  const lastWeek = addIsoWeeks(currentWeekOf(ctx.org.timeZone, now).week, -1);
  const [setup, selling] = await Promise.all([
    loadKpiSetup(ctx),
    sellingMemberIds(ctx, { toWeekStart: mondayDateOfIsoWeek(lastWeek) }),
  ]);
  // Invited people have not started; anyone without a worked week has nothing to compare.
  const sellers = setup.members.filter((m) => m.status !== "invited" && selling.has(m.id));
  return { lastWeek, setup, sellers };
}

type BenchmarkData = Awaited<ReturnType<typeof loadBenchmarkData>>;

/** The comparison of a question: the candidate against one rep or, for TEAM_REFERENCE, every other seller. */
export async function loadComparison(
  ctx: OrgContext,
  data: BenchmarkData,
  question: {
    candidateId: string;
    reference: string;
    ratioKey: string;
    tenureFrom: number;
    tenureTo: number;
  },
): Promise<TenureComparison> {
  const { setup, lastWeek } = data;
  const keys = ratioKeys(setup.metrics, question.ratioKey);
  const range = { from: question.tenureFrom, to: question.tenureTo };
  const member = (id: string) => {
    const found = setup.members.find((m) => m.id === id);
    if (!found) throw new RangeError(`Unknown member ${id}.`);
    return found;
  };
  const cellsOf = async (id: string) => {
    const startWeek = isoWeekOfDate(member(id).startedOn);
    const weeks = await loadWeekRecords(ctx, {
      memberId: id,
      fromWeekStart: mondayDateOfIsoWeek(startWeek),
      toWeekStart: mondayDateOfIsoWeek(lastWeek),
    });
    return recordedByTenure({ startWeek, weeks }, keys, range);
  };
  const candidate = await cellsOf(question.candidateId);
  const options = { ratioKey: question.ratioKey, tenureFrom: range.from, tenureTo: range.to };
  if (question.reference !== TEAM_REFERENCE) {
    const reference = await cellsOf(question.reference);
    const perRep: TenureCell = { numerator: 0, denominator: 0 };
    for (const [week, cell] of reference) {
      if (!candidate.has(week)) continue;
      perRep.numerator += cell.numerator;
      perRep.denominator += cell.denominator;
    }
    return compareTenureCells(
      { candidate, referenceByWeek: reference, referencePerRep: [perRep], team: false },
      options,
    );
  }
  const team = await loadTenureSums(ctx, {
    memberIds: data.sellers.filter((m) => m.id !== question.candidateId).map((m) => m.id),
    numeratorKey: keys.numerator,
    denominatorKey: keys.denominator,
    tenureFrom: range.from,
    tenureTo: range.to,
    candidateWeeks: [...candidate.keys()],
    toWeekStart: mondayDateOfIsoWeek(lastWeek),
  });
  return compareTenureCells(
    { candidate, referenceByWeek: team.byWeek, referencePerRep: team.perRep, team: true },
    options,
  );
}
