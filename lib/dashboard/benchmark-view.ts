// The benchmark page's question, pure: whom to compare (a new hire, by default the rep who
// started last), with whom (the first rep, by default the one who started first; another
// rep; or the rest of the team), on which ratio, over which weeks of tenure. The answer is
// the KPI engine's compareOnTenure. Read from the URL, so a comparison can be shared.
import type { ErrorMessage } from "@/lib/errors";
import { compareOnTenure, type RepHistory, type TenureComparison, tenureWeek } from "@/lib/kpi/benchmark";
import type { MetricDefinition, RatioDefinition, WeekRecord } from "@/lib/kpi/types";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";

/** Two years of weekly rows is as long as a ramp-up table stays readable. */
export const MAX_TENURE_WEEKS = 104;
export const TEAM_REFERENCE = "team";

export interface BenchmarkMember {
  id: string;
  name: string;
  /** ISO date of the first working day. */
  startedOn: string;
}

export interface BenchmarkQuestion {
  candidateId: string;
  /** A member id, or TEAM_REFERENCE for everyone else together. */
  reference: string;
  ratioKey: string;
  tenureTo: number;
}

export interface BenchmarkForm {
  values: { candidate: string; reference: string; ratio: string; to: string };
  errors: Partial<Record<"reference" | "ratio" | "to", ErrorMessage>>;
  /** null when there is nobody to compare, or a field is wrong. */
  question: BenchmarkQuestion | null;
  /** The candidate's tenure in complete weeks (up to last week); 0 before their first week is over. */
  candidateTenure: number;
}

/**
 * The people a comparison is about by default: those who sell. Invited people have not
 * started; an owner or anyone else without a single worked week has nothing to compare.
 */
export function sellingMembers<M extends { id: string; status: string }>(
  members: readonly M[],
  records: readonly WeekRecord[],
): M[] {
  const worked = new Set<string>();
  for (const record of records) if (!record.notWorked) worked.add(record.memberId);
  return members.filter((m) => m.status !== "invited" && worked.has(m.id));
}

/**
 * The comparison for a question: the candidate against one rep or, for TEAM_REFERENCE, every
 * other seller on their own tenure weeks. Records are grouped by member once.
 */
export function runBenchmark(input: {
  metrics: readonly MetricDefinition[];
  /** Everyone who may be named (candidate, reference), with their start date. */
  members: readonly BenchmarkMember[];
  /** The team for TEAM_REFERENCE. */
  sellers: readonly BenchmarkMember[];
  records: readonly WeekRecord[];
  candidateId: string;
  reference: string;
  ratioKey: string;
  tenureFrom: number;
  tenureTo: number;
}): TenureComparison {
  const byMember = new Map<string, WeekRecord[]>();
  for (const record of input.records) {
    const list = byMember.get(record.memberId);
    if (list) list.push(record);
    else byMember.set(record.memberId, [record]);
  }
  const history = (member: BenchmarkMember): RepHistory => ({
    startWeek: isoWeekOfDate(member.startedOn),
    weeks: byMember.get(member.id) ?? [],
  });
  const find = (id: string) => {
    const member = input.members.find((m) => m.id === id);
    if (!member) throw new RangeError(`Unknown member ${id}.`);
    return member;
  };
  return compareOnTenure({
    metrics: input.metrics,
    ratioKey: input.ratioKey,
    candidate: history(find(input.candidateId)),
    reference:
      input.reference === TEAM_REFERENCE
        ? input.sellers.filter((m) => m.id !== input.candidateId).map(history)
        : history(find(input.reference)),
    tenureFrom: input.tenureFrom,
    tenureTo: input.tenureTo,
  });
}

/** The candidate's tenure in complete weeks up to `lastWeek`, within 0..MAX_TENURE_WEEKS. */
export function completeTenure(startedOn: string, lastWeek: string): number {
  return Math.max(0, Math.min(tenureWeek(isoWeekOfDate(startedOn), lastWeek), MAX_TENURE_WEEKS));
}

type SearchValue = string | string[] | undefined;
const text = (value: SearchValue) => ((Array.isArray(value) ? value[0] : value) ?? "").trim();

const byStart = (a: BenchmarkMember, b: BenchmarkMember) =>
  a.startedOn.localeCompare(b.startedOn) || a.name.localeCompare(b.name);

/** The newest hire: the member who started last (the name breaks a tie). */
export function newestMember(members: readonly BenchmarkMember[]): BenchmarkMember | undefined {
  return [...members].sort(byStart).at(-1);
}

/** The first rep: whoever started first, other than the candidate. */
export function firstMember(
  members: readonly BenchmarkMember[],
  exceptId: string,
): BenchmarkMember | undefined {
  return [...members].sort(byStart).find((m) => m.id !== exceptId);
}

/**
 * Reads the comparison from the URL. Unknown member ids are the caller's to refuse with 404
 * (they may be another organization's); everything else wrong is an error next to its field.
 */
export function readBenchmarkForm(
  params: Record<string, SearchValue>,
  options: {
    members: readonly BenchmarkMember[];
    ratios: readonly RatioDefinition[];
    defaultRatioKey: string | null;
    /** The last complete ISO week in the organization's time zone. */
    lastWeek: string;
  },
): BenchmarkForm {
  const { members, ratios, defaultRatioKey, lastWeek } = options;
  const candidate = members.find((m) => m.id === text(params.candidate)) ?? newestMember(members);
  const raw = {
    candidate: text(params.candidate) || (candidate?.id ?? ""),
    reference: text(params.reference) || (candidate ? (firstMember(members, candidate.id)?.id ?? "") : ""),
    ratio: text(params.ratio) || (defaultRatioKey ?? ""),
    to: text(params.to),
  };
  const candidateTenure = candidate ? completeTenure(candidate.startedOn, lastWeek) : 0;
  const errors: BenchmarkForm["errors"] = {};
  if (candidate && raw.reference === candidate.id) errors.reference = { key: "benchmarkSamePerson" };
  if (!ratios.some((r) => r.key === raw.ratio)) errors.ratio = { key: "invalid" };
  let tenureTo = candidateTenure;
  if (raw.to !== "") {
    const weeks = /^\d+$/.test(raw.to) ? Number(raw.to) : Number.NaN;
    if (!(weeks >= 1 && weeks <= MAX_TENURE_WEEKS)) {
      errors.to = { key: "wholeBetween", values: { max: MAX_TENURE_WEEKS } };
    } else tenureTo = weeks;
  }
  const question =
    candidate && raw.reference !== "" && Object.keys(errors).length === 0 && tenureTo >= 1
      ? { candidateId: candidate.id, reference: raw.reference, ratioKey: raw.ratio, tenureTo }
      : null;
  return { values: raw, errors, question, candidateTenure };
}
